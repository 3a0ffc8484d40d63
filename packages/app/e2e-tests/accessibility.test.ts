import AxeBuilder from '@axe-core/playwright';
import { expect, Locator, Page, test } from '@playwright/test';
import { personas, signInAs, waitForDemoCatalog } from './signIn';

// Every page of the suite, as the persona who uses it sees it, checked with
// axe (WCAG 2.1 A and AA rules) in the light and the dark theme: no
// violation of serious or critical impact. Each page is checked once it
// shows its content, and the dialog while it is open.

/** A page reached from the one before it in the app, and checked too. */
type Step = {
  name: string;
  /** Goes there (a tab, a link) and waits until it shows its content. */
  go: (page: Page) => Promise<void>;
};

type Check = {
  name: string;
  user: string;
  path: string;
  /** Text that shows once the page has its data. */
  ready: (page: Page) => Locator;
  /** What to do on the page before checking (open a dialog, say). */
  then?: (page: Page) => Promise<void>;
  /**
   * Further pages reached from this one, each checked once it shows: the
   * app is loaded once for all of them, as a user moving through it would.
   */
  steps?: Step[];
};

/** Opens a tab of the page and waits for what it shows. */
function tab(name: string, ready: (page: Page) => Locator): Step {
  return {
    name: `the ${name} tab`,
    go: async page => {
      await page.getByRole('tab', { name, exact: true }).click();
      await expect(
        page.getByRole('tab', { name, exact: true }),
      ).toHaveAttribute('aria-selected', 'true');
      await expect(ready(page)).toBeVisible();
    },
  };
}

const SUITE_CHECKS: Check[] = [
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

const SKILLS_SURVEY_CHECKS: Check[] = [
  {
    name: 'survey',
    user: personas.serviceTeam.user,
    path: '/skills-survey',
    // The open campaign's form; once the browser tests closed it (or answered
    // it from another browser), what the engineer then sees instead.
    ready: page =>
      page
        .getByRole('form', { name: /^Skills survey/ })
        .or(page.getByRole('heading', { name: 'No survey is open' }))
        .or(page.getByText(/^You have already answered/))
        .first(),
    steps: [
      tab('Helpers', page => page.getByRole('form', { name: 'Offer help' })),
    ],
  },
  {
    name: 'results',
    user: personas.platformTeam.user,
    path: '/skills-survey/results',
    // A closed campaign's results, gaps first (the demo has two closed).
    ready: page => page.getByText('Gaps: build or teach these first'),
    steps: [
      tab('Campaigns', page => page.getByRole('table', { name: 'Campaigns' })),
      {
        name: 'the new campaign form',
        go: async page => {
          await page.getByRole('button', { name: 'New campaign' }).click();
          await expect(
            page.getByRole('form', { name: 'New campaign' }),
          ).toBeVisible();
        },
      },
    ],
  },
];

const REFERENCE_ARCHITECTURES_CHECKS: Check[] = [
  {
    name: 'library',
    user: personas.platformTeam.user,
    path: '/reference-architectures',
    ready: page =>
      page.getByRole('link', { name: 'Event-driven microservice' }),
    steps: [
      tab('Decisions and revisits', page =>
        page.getByText('Where ADRs are read from'),
      ),
      {
        name: "a design's overview",
        go: async page => {
          await page.getByRole('tab', { name: 'Library', exact: true }).click();
          await page
            .getByRole('link', { name: 'Event-driven microservice' })
            .click();
          await expect(
            page.getByRole('heading', {
              level: 1,
              name: 'Event-driven microservice',
            }),
          ).toBeVisible();
          await expect(
            page.getByRole('tab', { name: 'Overview', selected: true }),
          ).toBeVisible();
        },
      },
      {
        name: 'the Diagram tab',
        go: async page => {
          await page.getByRole('tab', { name: 'Diagram', exact: true }).click();
          await expect(
            page.getByRole('img', { name: /^Diagram of the design/ }),
          ).toBeVisible();
          // Mermaid draws in the browser: checked once its drawing is in.
          await expect(page.getByText('Drawing the diagram…')).toHaveCount(0);
        },
      },
      tab('Quality attributes', page => page.getByText('Trade-offs')),
      tab('Adopters', page => page.getByRole('row', { name: /Notifications/ })),
      tab('Versions', page => page.getByText('2.1.0').first()),
      tab('Decisions', page => page.getByRole('table').first()),
      {
        name: 'compare',
        go: async page => {
          // A link drawn as a button, and named as one.
          await page.getByRole('button', { name: 'Compare versions' }).click();
          await expect(
            page.getByRole('heading', {
              name: 'Compare reference architectures',
            }),
          ).toBeVisible();
          await expect(
            page.getByRole('heading', { name: 'Conformance rules' }).first(),
          ).toBeVisible();
        },
      },
    ],
  },
  {
    name: "an adopter's card",
    user: personas.serviceTeam.user,
    path: '/catalog/default/system/notifications',
    ready: page =>
      page.getByRole('heading', { name: /^Event-driven microservice 1\.9\.0/ }),
  },
];

const DEPENDENCY_MAP_CHECKS: Check[] = [
  {
    name: 'fleet page',
    user: personas.platformTeam.user,
    path: '/dependency-map',
    ready: page => page.getByRole('row', { name: /Internal DNS/ }),
    steps: [
      {
        name: 'the graph around a hot spot',
        go: async page => {
          await page
            .getByRole('link', { name: 'Graph around Internal DNS' })
            .click();
          await expect(
            page.getByRole('img', { name: /^Dependency graph of/ }),
          ).toBeVisible();
          await expect(
            page.getByRole('status').filter({ hasText: / drawn for / }),
          ).toBeVisible();
        },
      },
      {
        name: 'the graph as a table',
        go: async page => {
          await page
            .getByRole('button', { name: 'Table', exact: true })
            .click();
          await expect(page.getByText('The graph as a table')).toBeVisible();
          await expect(page.getByRole('table').first()).toBeVisible();
        },
      },
      tab('Fail together', page => page.getByRole('article').first()),
      tab('Journeys', page =>
        page.getByRole('article', { name: 'Pay with a card' }),
      ),
      tab('Blast radius & what-if', page =>
        page.getByRole('region', { name: 'What if' }),
      ),
      tab('Matrix', page => page.getByText(/^Services against the top/)),
      tab('Risks', page => page.getByText(/^Cron collisions/)),
      // A chart once two days are recorded; on a fresh portal, why not yet.
      tab('Trend', page =>
        page
          .getByText(
            /^(Over the last 90 days|The trend builds up|You see part)/,
          )
          .first(),
      ),
      tab('Annotation problems', page =>
        page.getByText(/^Annotation problems \(/),
      ),
    ],
  },
  {
    name: "an entity's card",
    user: personas.serviceTeam.user,
    path: '/catalog/default/component/card-authoriser',
    ready: page => page.getByRole('heading', { name: 'Shared dependencies' }),
  },
];

function checkAll(title: string, checks: Check[]) {
  test.describe(title, () => {
    test.beforeAll(async ({ request }) => {
      await waitForDemoCatalog(request);
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const check of checks) {
        test(`${check.name}, ${theme} theme: no serious or critical axe violations`, async ({
          page,
        }) => {
          // Half a minute more for each page reached from this one.
          test.setTimeout(120_000 + (check.steps?.length ?? 0) * 30_000);
          await page.setViewportSize({ width: 1440, height: 900 });
          await signInAs(page, check.user);
          await page.addInitScript(themeId => {
            window.localStorage.setItem('theme', themeId);
          }, theme);
          await expect(async () => {
            await page.goto(check.path);
            await expect(check.ready(page)).toBeVisible({ timeout: 20_000 });
          }).toPass({ timeout: 90_000, intervals: [3_000] });
          await check.then?.(page);
          // Transitions (tabs, dialogs) settle before the colours are read.
          await page.waitForTimeout(500);
          // Every page's violations are listed before the test fails.
          const found: Record<string, string[]> = {
            [check.name]: await violations(page),
          };
          for (const step of check.steps ?? []) {
            await test.step(step.name, () => step.go(page));
            await page.waitForTimeout(500);
            found[step.name] = await violations(page);
          }
          expect(
            Object.fromEntries(
              Object.entries(found).filter(([, list]) => list.length > 0),
            ),
          ).toEqual({});
        });
      }
    }
  });
}

checkAll('accessibility of the suite', SUITE_CHECKS);
checkAll('accessibility of the skills survey', SKILLS_SURVEY_CHECKS);
checkAll(
  'accessibility of the reference architectures',
  REFERENCE_ARCHITECTURES_CHECKS,
);
checkAll('accessibility of the dependency map', DEPENDENCY_MAP_CHECKS);
