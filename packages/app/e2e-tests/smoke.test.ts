import { expect, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

test.describe('the portal', () => {
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto('/');
    await waitForDemoCatalog(page);
    await page.close();
  });

  test('signs in as the persona picked on the sign-in page', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('button', { name: `Sign in as ${personas.serviceTeam.user}` })
      .click();

    await page.goto('/settings');
    await expect(
      page.getByText(personas.serviceTeam.displayName).first(),
    ).toBeVisible();
    await expect(
      page.getByText('jordan.lee@fernhill.example').first(),
    ).toBeVisible();
  });

  test('lists the demo organisation in the catalog', async ({ page }) => {
    await signInAs(page, personas.platformTeam.user);
    await page.goto('/catalog?filters[kind]=component&filters[user]=all');

    await expect(
      page.getByRole('link', { name: 'card-authoriser' }).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'settlement-batch' }).first(),
    ).toBeVisible();
  });

  test('opens an entity page and its TechDocs', async ({ page }) => {
    await signInAs(page, personas.developerZero.user);
    await page.goto('/catalog/default/component/card-authoriser');

    await expect(
      page.getByRole('heading', { name: 'card-authoriser' }).first(),
    ).toBeVisible();
    await page
      .getByRole('tab', { name: /Docs|TechDocs/ })
      .first()
      .click();

    // The docs are built with mkdocs on first view, which takes a moment.
    await expect(
      page.getByRole('heading', { name: /Card Authoriser/i }).first(),
    ).toBeVisible({ timeout: 90_000 });
  });

  test('shows each persona as themselves', async ({ page }) => {
    await signInAs(page, personas.admin.user);
    await page.goto('/settings');
    await expect(
      page.getByText(personas.admin.displayName).first(),
    ).toBeVisible();
  });
});
