import { expect, Page, test } from '@playwright/test';
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
    // The collision is announced above the results and compared on its own tab.
    await page.getByRole('link', { name: 'compare the definitions' }).click();
    await expect(
      page.getByRole('region', { name: /^Transaction in 2 contexts/ }),
    ).toBeVisible();
  });
});

type Rect = { x: number; y: number; width: number; height: number };

/** Where the map's frame, nodes and edge labels are on screen, and the labels' font size in pixels. */
async function mapGeometry(page: Page) {
  return page.getByTestId('context-map-svg').evaluate(svg => {
    const rect = (e: Element): Rect => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const labelText = svg.querySelector('[data-testid=context-map-label] text');
    const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
    return {
      frame: rect(svg),
      nodes: [
        ...svg.querySelectorAll('[data-testid=context-map-node] rect'),
      ].map(rect),
      labels: [
        ...svg.querySelectorAll('[data-testid=context-map-label] rect'),
      ].map(rect),
      labelFontPx: labelText
        ? parseFloat(getComputedStyle(labelText).fontSize) * scale
        : 0,
      window: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

// An architect reads the whole map on a laptop screen, zooms into a corner
// and back out; on a phone the relationships come as a table first.
test.describe('the context map', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('fits a 1440x900 window, with labels clear of the nodes, and fits again after zooming', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs(page, personas.platformTeam.user);
    await expect(async () => {
      await page.goto('/domain-catalog');
      await expect(
        page.getByRole('heading', {
          name: /^\d+ contexts, \d+ relationships$/,
        }),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 90_000, intervals: [3_000] });
    const map = page.getByRole('figure', { name: 'Context map' });
    await expect(map.getByTestId('context-map-node').first()).toBeVisible();
    await expect(
      page.getByRole('complementary', { name: 'Legend' }),
    ).toBeVisible();

    const loaded = await mapGeometry(page);
    expect(loaded.nodes.length).toBeGreaterThan(1);
    expect(loaded.labels.length).toBeGreaterThan(0);
    // The whole map is on screen without scrolling: every node inside the
    // frame, and the frame inside the window.
    const windowRect = { x: 0, y: 0, ...loaded.window };
    expect(inside(loaded.frame, windowRect)).toBe(true);
    for (const node of loaded.nodes)
      expect(inside(node, loaded.frame)).toBe(true);
    for (const label of loaded.labels) {
      expect(inside(label, loaded.frame)).toBe(true);
      for (const node of loaded.nodes) expect(overlap(label, node)).toBe(false);
    }
    expect(loaded.labelFontPx).toBeGreaterThanOrEqual(9);
    // The legend stands beside the map, not under it.
    const legend = (await page
      .getByRole('complementary', { name: 'Legend' })
      .boundingBox())!;
    expect(legend.x).toBeGreaterThanOrEqual(
      loaded.frame.x + loaded.frame.width,
    );
    expect(legend.y).toBeLessThan(loaded.frame.y + loaded.frame.height);

    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await zoomIn.click();
    await zoomIn.click();
    await zoomIn.press('+');
    await expect(map.getByText('195%')).toBeVisible();
    const zoomed = await mapGeometry(page);
    expect(zoomed.nodes.some(node => !inside(node, zoomed.frame))).toBe(true);

    await page
      .getByRole('button', { name: 'Fit the map to the frame' })
      .click();
    await expect(map.getByText('100%')).toBeVisible();
    const fitted = await mapGeometry(page);
    for (const node of fitted.nodes)
      expect(inside(node, fitted.frame)).toBe(true);
    expect(fitted.frame).toEqual(loaded.frame);
  });

  test('offers the table first at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, personas.platformTeam.user);
    await page.goto('/domain-catalog');
    const views = page
      .getByRole('group', { name: 'How to show the map' })
      .getByRole('button');
    await expect(views.first()).toHaveText('Table');
    await expect(views.first()).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Relationships').first()).toBeVisible();
    await expect(page.getByTestId('context-map-svg')).toHaveCount(0);
    // The diagram is one tap away.
    await page.getByRole('button', { name: 'Diagram' }).click();
    await expect(page.getByTestId('context-map-node').first()).toBeVisible();
  });
});
