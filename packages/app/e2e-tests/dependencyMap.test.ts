import { expect, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

// The platform team hunting correlated failure: open the fleet page, follow
// a hot spot to its blast radius, run a what-if, and see a journey's single
// point of failure.
test.describe('the dependency map', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('follows a hot spot to its blast radius, runs a what-if and shows a journey’s single points of failure', async ({
    page,
  }) => {
    await signInAs(page, personas.platformTeam.user);
    // The analysis follows the catalog within seconds of ingestion.
    await expect(async () => {
      await page.goto('/dependency-map');
      await expect(page.getByRole('row', { name: /Internal DNS/ })).toBeVisible(
        {
          timeout: 5_000,
        },
      );
    }).toPass({ timeout: 90_000, intervals: [3_000] });

    await page
      .getByRole('row', { name: /Internal DNS/ })
      .getByRole('link', { name: 'Blast radius' })
      .click();
    await expect(page).toHaveURL(/\/dependency-map\/impact\?node=/);
    const radius = page.getByRole('region', { name: 'Blast radius' });
    await expect(
      radius.getByText('entities fail with it', { exact: true }),
    ).toBeVisible();
    await expect(
      radius.getByRole('region', { name: 'What fails with Internal DNS' }),
    ).toBeVisible();

    const whatIf = page.getByRole('region', { name: 'What if' });
    const zones = whatIf.getByLabel('Zones that fail');
    await zones.fill('eu-west-1a');
    await zones.press('Enter');
    await whatIf.getByRole('button', { name: 'Run what-if' }).click();
    await expect(whatIf.getByText(/fail with them\./)).toBeVisible();
    await expect(
      whatIf
        .getByRole('region', { name: 'What fails' })
        .getByText('entities fail with it', { exact: true }),
    ).toBeVisible();

    await page.getByRole('tab', { name: 'Journeys' }).click();
    const journey = page.getByRole('article', { name: 'Pay with a card' });
    await expect(journey).toBeVisible();
    await expect(journey.getByText(/single points of failure/)).toBeVisible();
    await expect(
      journey.getByText('Fraud Scoring Service').first(),
    ).toBeVisible();
  });
});
