import { APIRequestContext, expect, Page, test } from '@playwright/test';
import {
  backendUrl,
  personas,
  signInAs,
  tokenFor,
  waitForDemoCatalog,
} from './signIn';

// Search across the suite: one query finds entities, friction findings,
// glossary terms and architecture decisions; each result says what it is,
// and the Result Type list narrows the results to one type.

const QUERY = 'ledger';

/** The types the query must find, as the collators name them. */
const INDEXED = [
  'software-catalog',
  'devzero-finding',
  'domain-glossary',
  'architecture-decision',
];

/**
 * Waits until every collator has run once: they start some seconds after
 * the backend and the in-memory index of a fresh portal is empty until then.
 */
async function waitForIndex(request: APIRequestContext) {
  const token = await tokenFor(request, personas.platformTeam.user);
  expect(token).toBeTruthy();
  for (const type of INDEXED) {
    await expect(async () => {
      const response = await request.get(
        `${backendUrl}/api/search/query?term=${QUERY}&types%5B0%5D=${type}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(response.status()).toBe(200);
      expect(
        (await response.json()).results.length,
        `search results of type ${type}`,
      ).toBeGreaterThan(0);
    }).toPass({ timeout: 180_000, intervals: [3_000] });
  }
}

/** The type labels of the results on the page, one per result. */
async function typeLabels(page: Page) {
  // The page's content, not the sidebar (whose counts are chips too); its
  // filters hold no chips, so every chip there belongs to a result.
  const results = page.locator('article .MuiChip-label');
  await expect(results.first()).toBeVisible();
  return results.allInnerTexts();
}

/** Picks a type in the Result Type list. */
async function showOnly(page: Page, filter: string) {
  const type = page
    .getByRole('navigation', { name: 'filter by type' })
    .getByRole('button', { name: new RegExp(`^${filter}`) });
  await type.click();
  await expect(type).toHaveClass(/Mui-selected/);
}

test.describe('search', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForDemoCatalog(request);
    await waitForIndex(request);
  });

  test('finds every type of result, says what each is and filters by type', async ({
    page,
  }) => {
    await signInAs(page, personas.platformTeam.user);
    await page.goto(`/search?query=${QUERY}`);

    // All types together, each result marked with its type.
    await expect(
      page.getByText('Friction finding', { exact: true }).first(),
    ).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByText('Glossary term', { exact: true }).first(),
    ).toBeVisible();
    const all = new Set(await typeLabels(page));
    expect([...all]).toEqual(
      expect.arrayContaining(['Friction finding', 'Glossary term']),
    );

    // One type at a time: only that type's results remain.
    await showOnly(page, 'Glossary terms');
    await expect(
      page.getByRole('link', { name: /Ledger entry/ }).first(),
    ).toBeVisible();
    await expect
      .poll(async () => new Set(await typeLabels(page)))
      .toEqual(new Set(['Glossary term']));

    await showOnly(page, 'Friction findings');
    await expect
      .poll(async () => new Set(await typeLabels(page)))
      .toEqual(new Set(['Friction finding']));

    await showOnly(page, 'Decisions');
    await expect
      .poll(async () => new Set(await typeLabels(page)))
      .toEqual(new Set(['Decision']));

    // Entities: the catalog's own results carry no chip; a component's link
    // shows, and no finding is among them.
    await showOnly(page, 'Software Catalog');
    await expect(
      page.getByRole('link', { name: /^Ledger/ }).first(),
    ).toBeVisible();
    await expect(
      page.getByText('Friction finding', { exact: true }),
    ).toHaveCount(0);

    // Documentation answers, with results or with none, never an error.
    await showOnly(page, 'Documentation');
    await expect(
      page
        .getByText('Sorry, no results were found')
        .or(page.getByRole('link', { name: /ledger/i }).first()),
    ).toBeVisible();
    await expect(
      page.getByText('Error encountered while fetching search results'),
    ).toHaveCount(0);
  });
});
