import { expect, Page, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

// Entity data is written by anyone who can open a pull request: a reference
// architecture and an adopter whose every rendered field carries a script
// payload (fixtures/hostile-architecture.yaml, loaded by scripts/e2e.mjs)
// are shown on every page that renders them, and nothing runs.

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/**
 * What a payload would leave in the page had it been rendered as HTML: an
 * event handler attribute, a javascript: address, a frame, or a script
 * element with a payload's text.
 */
function livePayloads(): string[] {
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'iframe' || tag === 'object' || tag === 'embed') {
      found.push(element.outerHTML.slice(0, 200));
      continue;
    }
    if (tag === 'script' && element.textContent?.includes('__xss')) {
      found.push(element.outerHTML.slice(0, 200));
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (
        (name.startsWith('on') && value.includes('__xss')) ||
        (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name) &&
          /^javascript:/.test(value))
      ) {
        found.push(element.outerHTML.slice(0, 200));
      }
    }
  }
  return found;
}

async function expectInert(page: Page, where: string) {
  // Give an image's error handler, had there been one, time to fire.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__xss), where).toBeUndefined();
  expect(await page.evaluate(livePayloads), where).toEqual([]);
}

test.describe('the reference architectures with hostile entity data', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('render every field of a hostile design and adopter as text, and run none of it', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', dialog => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signInAs(page, personas.platformTeam.user);

    // The library, searched for it (it follows the catalog within seconds).
    await expect(async () => {
      await page.goto('/reference-architectures?q=hostile');
      await expect(
        page.getByRole('link', { name: /^Hostile <img src=x onerror=/ }),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000, intervals: [3_000] });
    await expectInert(page, 'library');

    await page.goto('/reference-architectures/hostile-design');
    await expect(
      page.getByRole('heading', { name: /Hostile <img src=x onerror=/ }),
    ).toBeVisible();
    // The overview's Markdown: sanitised HTML, the words kept.
    await expect(page.getByText(/Problem\s+with/)).toBeVisible();
    await expect(
      page.getByRole('strong').filter({ hasText: /^Solution$/ }),
    ).toBeVisible();
    await expect(
      page.getByText(`<img src=x onerror="window.__xss='responsibility'">`),
    ).toBeVisible();
    await expectInert(page, 'overview');

    for (const [tab, shown] of [
      ['Diagram', /Step <img src=x onerror=/],
      ['Quality attributes', /onerror=.window\.__xss=.tradeoff/],
      ['Adopters', /Hostile <img src=x onerror=.*system/],
      ['Versions', /1\.0\.0/],
      ['Decisions', /Decision <img src=x onerror=/],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByText(shown).first()).toBeVisible();
      if (tab === 'Diagram') {
        // Drawn by Mermaid in strict mode: the node's HTML is text or gone.
        await expect(
          page.locator('svg[id^="mermaid"], svg[aria-roledescription]').first(),
        ).toBeVisible();
      }
      await expectInert(page, `the ${tab} tab`);
    }

    await page.goto(
      '/reference-architectures/compare?left=hostile-design&right=batch-pipeline',
    );
    await expect(
      page.getByText(/Hostile <img src=x onerror=.*design/).first(),
    ).toBeVisible();
    await expectInert(page, 'compare');

    await page.goto('/reference-architectures/decisions?q=hd-001');
    await expect(
      page.getByRole('row', { name: /Decision <img src=x onerror=/ }).first(),
    ).toBeVisible();
    await expectInert(page, 'decisions');

    // The adopter's page and its reference architecture card.
    await page.goto('/catalog/default/system/hostile-system');
    await expect(
      page.getByRole('heading', {
        name: /Hostile <img src=x onerror=.* 1\.0\.0/,
      }),
    ).toBeVisible();
    await expect(page.getByText(/On-call <img src=x onerror=/)).toBeVisible();
    await expectInert(page, 'entity card');

    expect(dialogs).toEqual([]);
  });
});
