import { Browser, expect, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

async function pageAs(browser: Browser, user: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

// Developer Zero's journey: a newcomer files friction from a service's page,
// its owning team triages and resolves it from their inbox, and the newcomer
// sees the resolution; someone still hitting it, filing from the same page,
// is offered the fixed finding and reopens it with a "me too".
test.describe('Developer Zero', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('a finding is filed, triaged and resolved, the reporter sees it, and a "me too" from the filing dialog reopens it', async ({
    browser,
  }) => {
    const title = `Local run needs an undocumented HSM_URL ${Date.now()}`;

    // Riley, new here, hits friction running the card authoriser.
    const riley = await pageAs(browser, personas.developerZero.user);
    await riley.goto('/catalog/default/component/card-authoriser');
    await riley
      .getByRole('button', { name: 'Report friction' })
      .first()
      .click();
    const dialog = riley.getByRole('dialog', { name: 'Report friction' });
    await dialog.getByLabel('Title').fill(title);
    await dialog
      .getByLabel('What were you trying to do?')
      .fill('Run card-authoriser locally. It stops asking for HSM_URL.');
    await dialog.getByLabel('Blocked me').check();
    await dialog.getByLabel('Minutes lost').fill('35');
    await dialog.getByRole('button', { name: 'File finding' }).click();
    await expect(
      dialog.getByText('Thank you. The owning team has been told.'),
    ).toBeVisible();
    await dialog.getByRole('link', { name: `Open “${title}”` }).click();
    await expect(riley.getByRole('heading', { name: title })).toBeVisible();
    const findingUrl = riley.url();

    // Jordan's team owns the card authoriser: the finding is in their inbox.
    const jordan = await pageAs(browser, personas.serviceTeam.user);
    await jordan.goto('/devzero/inbox');
    await jordan.getByRole('link', { name: title }).click();
    await expect(jordan.getByRole('heading', { name: title })).toBeVisible();
    await jordan.getByRole('button', { name: 'Accept' }).click();
    await jordan
      .getByRole('dialog')
      .getByRole('button', { name: 'Accept' })
      .click();
    await expect(jordan.getByText('Triaged', { exact: true })).toBeVisible();
    await jordan.getByRole('button', { name: 'Resolve' }).click();
    const resolve = jordan.getByRole('dialog');
    await resolve
      .getByLabel(/Resolution/)
      .fill('The local guide now sets HSM_URL to the simulator.');
    await resolve
      .getByLabel(/Link to the fix/)
      .fill('https://git.fernhill.example/card-authoriser/pull/12');
    await resolve.getByRole('button', { name: 'Resolve' }).click();
    await expect(jordan.getByText('Resolved.')).toBeVisible();
    await expect(
      jordan.getByRole('list', { name: 'History' }).getByText(/resolved it/),
    ).toBeVisible();

    // Riley finds it resolved among their findings, with the resolution.
    await riley.goto('/devzero/mine?status=resolved');
    await riley.getByRole('link', { name: title }).click();
    await expect(riley).toHaveURL(findingUrl);
    const resolution = riley
      .getByRole('alert')
      .filter({ hasText: 'Resolved.' });
    await expect(resolution).toContainText(
      'The local guide now sets HSM_URL to the simulator.',
    );
    await expect(
      riley.getByRole('link', { name: /See the fix/ }),
    ).toBeVisible();

    // Sam still hits it. Filing from the same header, the dialog suggests
    // the finding fixed a moment ago, and Sam's "me too" brings it back to
    // its owners instead of a second finding.
    const sam = await pageAs(browser, personas.platformTeam.user);
    await sam.goto('/catalog/default/component/card-authoriser');
    await sam.getByRole('button', { name: 'Report friction' }).first().click();
    const again = sam.getByRole('dialog', { name: 'Report friction' });
    await again
      .getByLabel('Title')
      .fill(
        `Undocumented HSM_URL stops the local run ${title.split(' ').pop()}`,
      );
    await again
      .getByLabel('What were you trying to do?')
      .fill('Run card-authoriser locally after the guide changed.');
    const suggestion = again
      .getByRole('region', { name: 'Similar findings' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(suggestion).toContainText(/Fixed .+; still seeing it\?/);
    await suggestion.getByRole('button', { name: `Me too: ${title}` }).click();
    await again.getByRole('button', { name: 'Add me too' }).click();
    await expect(
      again.getByText(/the finding is open again: its owners have been told/),
    ).toBeVisible();
    await again.getByRole('link', { name: `Open “${title}”` }).click();
    await expect(sam).toHaveURL(findingUrl);
    await expect(
      sam.getByRole('list', { name: 'History' }).getByText(/reopened it/),
    ).toBeVisible();
    await expect(sam.getByText('Triaged', { exact: true })).toBeVisible();
  });

  test('text selected in TechDocs is filed as friction, quoted', async ({
    page,
  }) => {
    await signInAs(page, personas.developerZero.user);
    await page.goto('/docs/default/component/card-authoriser');
    const sentence = page.getByText(
      'decides, in real time, whether a card payment is approved',
    );
    // The docs are built with mkdocs on first view, which takes a moment.
    await expect(sentence).toBeVisible({ timeout: 90_000 });
    const report = page.getByRole('button', {
      name: 'Report friction with this text',
    });
    await sentence.click({ clickCount: 3 });
    await expect(report).toBeVisible();
    // Let go of the text and the button goes with it.
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await expect(report).toBeHidden();
    await sentence.click({ clickCount: 3 });
    await report.click();
    const dialog = page.getByRole('dialog', { name: 'Report friction' });
    await expect(dialog.getByLabel(/Where was the friction/)).toHaveValue(
      'Card Authoriser (component)',
    );
    await expect(dialog.getByLabel('What happened')).toHaveValue(
      /^The docs say:\n\n> .*decides, in real time, whether a card payment is approved/,
    );
    await expect(dialog.getByLabel('Links (one per line)')).toHaveValue(
      /\/docs\/default\/component\/card-authoriser/,
    );
  });
});
