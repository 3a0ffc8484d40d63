import { APIRequestContext, expect, Page } from '@playwright/test';

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

/** The backend: the same origin as the app in the test run, :7007 locally. */
export const backendUrl =
  process.env.PLAYWRIGHT_BACKEND_URL ??
  process.env.PLAYWRIGHT_URL ??
  'http://localhost:7007';

/** A token for a demo user, for API calls a test makes on the side. */
export async function tokenFor(request: APIRequestContext, user: string) {
  const response = await request.get(`${backendUrl}/api/auth/demo/refresh`, {
    headers: {
      'x-fitsys-demo-user': user,
      'x-requested-with': 'XMLHttpRequest',
    },
  });
  return response.ok()
    ? ((await response.json()).backstageIdentity.token as string)
    : undefined;
}

/** Waits until the catalog has ingested the demo data (it loads at start-up). */
export async function waitForDemoCatalog(request: APIRequestContext) {
  await expect(async () => {
    const token = await tokenFor(request, personas.admin.user);
    expect(token).toBeTruthy();
    const response = await request.get(
      `${backendUrl}/api/catalog/entities/by-query?limit=1&filter=kind=component`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect((await response.json()).totalItems).toBeGreaterThanOrEqual(40);
  }).toPass({ timeout: 120_000, intervals: [2_000] });
}
