import { expect, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

// The platform team tracking adoption: browse the library, open a design,
// see its adopters and a system that violates it, open that system's card,
// and compare two versions.
test.describe('the reference architectures', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('from the library to a violating adopter, its card, and what changed between versions', async ({
    page,
  }) => {
    await signInAs(page, personas.platformTeam.user);
    // The library follows the catalog within seconds of ingestion.
    await expect(async () => {
      await page.goto('/reference-architectures');
      await expect(
        page.getByRole('link', { name: 'Event-driven microservice' }),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 90_000, intervals: [3_000] });

    await page.getByRole('link', { name: 'Event-driven microservice' }).click();
    await expect(page).toHaveURL(
      /\/reference-architectures\/event-driven-microservice/,
    );
    await page.getByRole('tab', { name: 'Adopters' }).click();
    const notifications = page.getByRole('row', { name: /Notifications/ });
    await expect(notifications).toContainText('Outdated');
    await notifications
      .getByRole('button', { name: /Keeps its own database/ })
      .click();
    await expect(notifications).toContainText('Found: no such dependency');
    // The ledger names a version that does not exist.
    await expect(page.getByRole('row', { name: /Ledger/ })).toContainText(
      'has no such version',
    );

    await notifications.getByRole('link', { name: /Notifications/ }).click();
    await expect(page).toHaveURL(/\/catalog\/default\/system\/notifications/);
    // The reference architecture card on the system's page.
    await expect(
      page.getByRole('heading', { name: 'Event-driven microservice 1.9.0' }),
    ).toBeVisible();
    await expect(page.getByText('Does not conform')).toBeVisible();
    await expect(page.getByText(/Version 2.1.0 is recommended/)).toBeVisible();

    await page.getByRole('link', { name: 'What changed from 1.9.0' }).click();
    await expect(page).toHaveURL(/tab=versions&from=1.9.0&to=2.1.0/);
    await expect(page.getByText('What changed')).toBeVisible();
    await expect(page.getByText('Outbox relay').first()).toBeVisible();

    // The two versions side by side.
    // A LinkButton: a link that MUI names a button.
    await page
      .getByRole('button', { name: 'Compare versions' })
      .or(page.getByRole('link', { name: 'Compare versions' }))
      .click();
    await expect(page).toHaveURL(
      /\/reference-architectures\/compare\?left=event-driven-microservice%401\.9\.0&right=event-driven-microservice%402\.1\.0/,
    );
    const older = page.getByRole('table', {
      name: 'Quality ratings of Event-driven microservice 1.9.0',
    });
    const newer = page.getByRole('table', {
      name: 'Quality ratings of Event-driven microservice 2.1.0',
    });
    await expect(older.getByRole('row', { name: /Resilience/ })).toContainText(
      '2 of 5',
    );
    await expect(newer.getByRole('row', { name: /Resilience/ })).toContainText(
      '5 of 5',
    );
  });
});
