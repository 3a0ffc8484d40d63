import { expect, Page } from '@playwright/test';

/** The demo personas, by role (see the README). */
export const personas = {
  admin: { user: 'alex.morgan', displayName: 'Alex Morgan' },
  platformTeam: { user: 'sam.okafor', displayName: 'Sam Okafor' },
  serviceTeam: { user: 'jordan.lee', displayName: 'Jordan Lee' },
  developerZero: { user: 'riley.novak', displayName: 'Riley Novak' },
} as const;

/**
 * Signs in as a demo user before the first page loads, as the sign-in page
 * would after picking them; browser tests of the suite start from here.
 */
export async function signInAs(page: Page, user: string) {
  await page.addInitScript(name => {
    window.localStorage.setItem('fitsys.demoSignIn.user', name);
  }, user);
}

/** Waits until the catalog has ingested the demo data (it loads at start-up). */
export async function waitForDemoCatalog(page: Page) {
  await expect(async () => {
    const token = await page.evaluate(async () => {
      const response = await fetch('/api/auth/demo/refresh', {
        headers: {
          'x-fitsys-demo-user': 'alex.morgan',
          'x-requested-with': 'XMLHttpRequest',
        },
      });
      return response.ok
        ? (await response.json()).backstageIdentity.token
        : undefined;
    });
    expect(token).toBeTruthy();
    const count = await page.evaluate(async bearer => {
      const response = await fetch(
        '/api/catalog/entities/by-query?limit=1&filter=kind=component',
        { headers: { authorization: `Bearer ${bearer}` } },
      );
      return (await response.json()).totalItems;
    }, token);
    expect(count).toBeGreaterThanOrEqual(40);
  }).toPass({ timeout: 120_000, intervals: [2_000] });
}
