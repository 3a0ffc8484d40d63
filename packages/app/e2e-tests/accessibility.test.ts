import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

// Every page of the suite, as the persona who uses it sees it, checked with
// axe (WCAG 2.1 A and AA rules) in the light and the dark theme: no
// violation of serious or critical impact. Each page is checked once it
// shows its content, and the dialog while it is open.

type Check = {
  name: string;
  user: string;
  path: string;
  /** Text that shows once the page has its data. */
  ready: (page: Page) => ReturnType<Page['getByText']>;
  /** What to do on the page before checking (open a dialog, say). */
  then?: (page: Page) => Promise<void>;
};

const CHECKS: Check[] = [
  {
    name: 'findings list',
    user: personas.developerZero.user,
    path: '/devzero',
    ready: page => page.getByRole('table').first(),
  },
  {
    name: 'team inbox',
    user: personas.serviceTeam.user,
    path: '/devzero/inbox',
    // Its rows, or "Inbox zero" on a fresh portal where all is triaged.
    ready: page =>
      page
        .getByRole('table')
        .or(page.getByText(/^Inbox zero/))
        .first(),
  },
  {
    name: 'insights',
    user: personas.platformTeam.user,
    path: '/devzero/insights',
    ready: page => page.getByText('Where newcomers get stuck').first(),
  },
  {
    name: 'finding page',
    user: personas.serviceTeam.user,
    path: '/devzero',
    ready: page => page.getByRole('table').first(),
    then: async page => {
      await page.getByRole('table').getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('History').first()).toBeVisible();
    },
  },
  {
    name: "an entity's friction tab",
    user: personas.serviceTeam.user,
    path: '/catalog/default/component/card-authoriser/devzero',
    ready: page =>
      page.getByRole('button', { name: 'Report friction' }).first(),
  },
  {
    name: 'the filing dialog',
    user: personas.developerZero.user,
    path: '/catalog/default/component/card-authoriser',
    ready: page =>
      page.getByRole('button', { name: 'Report friction' }).first(),
    then: async page => {
      await page
        .getByRole('button', { name: 'Report friction' })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: 'Report friction' });
      await dialog.getByLabel('Title').fill('The local run needs a licence');
      await expect(dialog.getByLabel('Title')).toHaveValue(
        'The local run needs a licence',
      );
    },
  },
  {
    name: 'context map',
    user: personas.platformTeam.user,
    path: '/domain-catalog',
    ready: page => page.getByTestId('context-map-node').first(),
  },
  {
    name: 'context map as a table',
    user: personas.platformTeam.user,
    path: '/domain-catalog?view=table',
    ready: page => page.getByRole('table').first(),
  },
  {
    name: 'hierarchy',
    user: personas.platformTeam.user,
    path: '/domain-catalog?view=hierarchy',
    ready: page => page.getByText('Card Authorisation').first(),
  },
  {
    name: 'glossary',
    user: personas.serviceTeam.user,
    path: '/domain-catalog/glossary',
    ready: page => page.getByRole('table').first(),
  },
  {
    name: 'context page',
    user: personas.serviceTeam.user,
    path: '/domain-catalog/contexts/default/card-authorisation',
    ready: page => page.getByRole('heading', { name: 'Card Authorisation' }),
  },
  {
    name: 'drift',
    user: personas.platformTeam.user,
    path: '/domain-catalog/drift',
    ready: page =>
      page.getByText('Where the declared map and the catalog disagree'),
  },
  {
    name: 'CML import',
    user: personas.platformTeam.user,
    path: '/domain-catalog/import',
    ready: page => page.getByRole('button', { name: /convert/i }).first(),
  },
];

/** The serious and critical violations on the page, one line each. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .slice(0, 5)
          .map(node => node.target.join(' '))
          .join(' | ')}${
          v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''
        }`,
    );
}

test.describe('accessibility of the suite', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const check of CHECKS) {
      test(`${check.name}, ${theme} theme: no serious or critical axe violations`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: 1440, height: 900 });
        await signInAs(page, check.user);
        await page.addInitScript(themeId => {
          window.localStorage.setItem('theme', themeId);
        }, theme);
        await expect(async () => {
          await page.goto(check.path);
          await expect(check.ready(page)).toBeVisible({ timeout: 10_000 });
        }).toPass({ timeout: 90_000, intervals: [3_000] });
        await check.then?.(page);
        // Transitions (tabs, dialogs) settle before the colours are read.
        await page.waitForTimeout(500);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});
