import { expect, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

// An engineer answers the open campaign and changes the answer; the platform
// team sees only response counts until it closes the campaign, then the
// results, with small teams suppressed.
test.describe('the skills survey', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('an answer is sent and changed; results show only after closing, with small groups suppressed', async ({
    page,
    context,
  }) => {
    await signInAs(page, personas.serviceTeam.user);
    // The demo campaigns are loaded once the catalog has its teams.
    await expect(async () => {
      await page.goto('/skills-survey');
      await expect(
        page.getByRole('form', { name: /^Skills survey Demo 2026-Q4/ }),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000, intervals: [3_000] });

    const java = page.getByRole('radiogroup', { name: 'Java' });
    await java.getByRole('radio', { name: '3 Independent' }).check();
    await page.getByRole('checkbox', { name: 'Want to learn Kotlin' }).check();
    await page.getByRole('button', { name: 'Send my answer' }).click();
    await expect(page.getByRole('status')).toContainText(
      'your answer is recorded',
    );

    await java.getByRole('radio', { name: '4 Can teach others' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Your changes are saved.')).toBeVisible();

    // Read back with the receipt this browser keeps.
    await page.reload();
    await expect(
      page
        .getByRole('radiogroup', { name: 'Java' })
        .getByRole('radio', { name: '4 Can teach others' }),
    ).toBeChecked();

    // The platform team, in another tab of the browser.
    const platform = await context.newPage();
    await signInAs(platform, personas.platformTeam.user);
    await platform.goto('/skills-survey/results');
    await platform.getByRole('button', { name: 'Campaign' }).click();
    await platform.getByRole('option', { name: /Demo 2026-Q4/ }).click();
    await expect(
      platform.getByText(/Technology results are published when it closes/),
    ).toBeVisible();
    await expect(
      platform.getByRole('table', {
        name: 'Share at the independent level by team and technology',
      }),
    ).toHaveCount(0);

    await platform.getByRole('tab', { name: 'Campaigns' }).click();
    await platform.getByRole('button', { name: 'Close Demo 2026-Q4' }).click();
    await platform.getByRole('button', { name: 'Close campaign' }).click();
    await expect(platform.getByText(/read-only/).first()).toBeVisible();

    await platform.getByRole('tab', { name: 'Results' }).click();
    await platform.getByRole('button', { name: 'Campaign' }).click();
    await platform.getByRole('option', { name: /Demo 2026-Q4/ }).click();
    const heatmap = platform.getByRole('table', {
      name: 'Share at the independent level by team and technology',
    });
    await expect(heatmap).toBeVisible();
    // Departments are large enough; small teams are suppressed.
    await platform.getByRole('button', { name: /Rows/ }).click();
    await platform.getByRole('option', { name: 'Every team' }).click();
    await expect(heatmap.getByText('below threshold').first()).toBeVisible();
  });
});
