import { expect, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

test.describe('the portal', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('signs in as the persona picked on the sign-in page', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('button', { name: `Sign in as ${personas.serviceTeam.user}` })
      .click();
    await expect(page.getByText('Welcome to Fit Systems')).toBeVisible();

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
    await page.goto('/catalog');
    await page.getByRole('menuitem', { name: /^All/ }).click();

    await expect(
      page.getByRole('link', { name: 'Card Authoriser' }).first(),
    ).toBeVisible();
    await page.getByPlaceholder('Search').fill('settlement');
    await expect(
      page.getByRole('link', { name: 'Settlement Batch' }).first(),
    ).toBeVisible();
  });

  test('opens an entity page and its TechDocs', async ({ page }) => {
    await signInAs(page, personas.developerZero.user);
    await page.goto('/catalog/default/component/card-authoriser');

    await expect(
      page.getByRole('heading', { name: 'Card Authoriser' }).first(),
    ).toBeVisible();
    await page.getByRole('link', { name: 'TechDocs', exact: true }).click();

    // The docs are built with mkdocs on first view, which takes a moment.
    await expect(
      page.getByText(
        'decides, in real time, whether a card payment is approved',
      ),
    ).toBeVisible({ timeout: 90_000 });
    await expect(
      page.getByRole('heading', { name: 'What it does' }),
    ).toBeVisible();
    // The reader keeps the page transparent until every stylesheet has
    // loaded: text can be "visible" to Playwright and still unseen.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const html = document
            .querySelector('[data-testid="techdocs-native-shadowroot"]')
            ?.shadowRoot?.querySelector('html');
          return html ? getComputedStyle(html).opacity : 'no docs';
        }),
      )
      .toBe('1');
  });

  test('shows the admin persona as themselves', async ({ page }) => {
    await signInAs(page, personas.admin.user);
    await page.goto('/settings');
    await expect(
      page.getByText(personas.admin.displayName).first(),
    ).toBeVisible();
    await expect(
      page.getByText('alex.morgan@fernhill.example').first(),
    ).toBeVisible();
  });
});
