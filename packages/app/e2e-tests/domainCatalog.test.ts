import { expect, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

// An architect's journey: open the context map, pick a context, read what
// drifted and what its words mean.
test.describe('the domain catalog', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('opens a context from the map and shows its drift and glossary', async ({
    page,
  }) => {
    await signInAs(page, personas.platformTeam.user);
    // The backend's snapshot follows the catalog within seconds of ingestion.
    await expect(async () => {
      await page.goto('/domain-catalog');
      await expect(page.getByText('17 contexts, 30 relationships')).toBeVisible(
        {
          timeout: 5_000,
        },
      );
    }).toPass({ timeout: 90_000, intervals: [3_000] });

    await page.getByRole('link', { name: /^Merchant Portal/ }).click();
    await expect(page).toHaveURL(
      /\/domain-catalog\/contexts\/default\/merchant-portal/,
    );
    await expect(
      page.getByRole('heading', { name: 'Merchant Portal' }),
    ).toBeVisible();

    await page.getByRole('tab', { name: /^Drift/ }).click();
    await expect(
      page.getByText(
        'Merchant Portal uses Payouts in 1 place(s), but neither context declares a relationship with the other',
      ),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Merchant Portal BFF' }),
    ).toBeVisible();

    await page.getByRole('tab', { name: /^Glossary/ }).click();
    await expect(page.getByRole('cell', { name: 'Statement' })).toBeVisible();

    await page.goto('/domain-catalog/glossary?q=transaction');
    await expect(
      page.getByRole('region', { name: /^Transaction in 2 contexts/ }),
    ).toBeVisible();
  });
});
