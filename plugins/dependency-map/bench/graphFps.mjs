/* eslint-disable no-console */
// Benchmark of the interactive graph's smoothness: bundles bench/
// graphFpsPage.tsx (the plugin's GraphCanvas drawing a synthetic graph of
// 2,000 nodes, the most the graph view draws) with esbuild, opens it in
// headless Chromium (Playwright, the system's browser as the browser tests
// use it), and counts requestAnimationFrame intervals while the force
// layout runs, then while the graph is panned by mouse drags and zoomed by
// the wheel and by the canvas's own zoom buttons (sigma's animated camera).
// Prints frames a second and long frames. Asserts nothing.
// Run: yarn workspace @internal/plugin-dependency-map bench [--nodes 2000]
import { chromium } from '@playwright/test';
import esbuild from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NODES = arg('nodes', 2000);

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dependency-map-fps-'));
await esbuild.build({
  entryPoints: [path.join(here, 'graphFpsPage.tsx')],
  bundle: true,
  outfile: path.join(out, 'page.js'),
  format: 'iife',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
fs.writeFileSync(
  path.join(out, 'index.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>graph fps</title></head>' +
    '<body style="margin:0"><div id="root" style="width:1280px"></div><script src="page.js"></script></body></html>',
);
const server = http.createServer((req, res) => {
  const file = path.join(out, new URL(req.url, 'http://x').pathname);
  if (
    !file.startsWith(out) ||
    !fs.existsSync(file) ||
    fs.statSync(file).isDirectory()
  ) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html',
  });
  fs.createReadStream(file).pipe(res);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));

const summary = intervals => {
  const sorted = [...intervals].sort((a, b) => a - b);
  const total = intervals.reduce((n, x) => n + x, 0);
  const at = p =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return {
    frames: intervals.length,
    fps: (intervals.length / total) * 1000,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    long: intervals.filter(x => x > 50).length,
    // Frames that took longer than two 60 Hz vsyncs: at least one dropped.
    dropped: intervals.filter(x => x > 2 * (1000 / 60)).length,
  };
};

/** The force layout's state: running, or why it stopped and after how long. */
const layoutState = page =>
  page.evaluate(() => {
    const element = document.querySelector('[data-layout]');
    if (!element) return 'not reported';
    const { layout, layoutMs } = element.dataset;
    return layoutMs ? `${layout} after ${layoutMs} ms` : layout;
  });

/** Frame intervals while the graph is panned by eight drags of 150-300 px. */
async function panFrames(page, cx, cy) {
  const pan = page.evaluate(() =>
    window.graphBench.frames(() => new Promise(r => (window.panDone = r))),
  );
  for (let k = 0; k < 8; k++) {
    const dx = [300, -300, 0, 0, 200, -200, 150, -150][k];
    const dy = [0, 0, 200, -200, 150, -150, -150, 150][k];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 60 });
    await page.mouse.up();
  }
  await page.evaluate(() => window.panDone());
  return pan;
}

const browser = await chromium.launch({
  executablePath: process.env.FITSYS_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  });
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/index.html?nodes=${NODES}`);
  await page.waitForSelector('canvas', { timeout: 60_000 });
  const { nodes, edges, renderer } = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return {
      nodes: window.graphBench.nodes,
      edges: window.graphBench.edges,
      renderer: info
        ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL)
        : 'unknown',
    };
  });
  // The force layout runs for min(4 s, 0.8 s + 2 ms a node) after drawing.
  const layout = await page.evaluate(() =>
    window.graphBench.frames(() => new Promise(r => setTimeout(r, 3000))),
  );
  await page.waitForTimeout(2000);
  const box = await page.locator('[role="img"]').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Pans: eight drags of 300 px, each over 60 mouse moves.
  const layoutBeforePan = await layoutState(page);
  const panned = await panFrames(page, cx, cy);
  const layoutAfterPan = await layoutState(page);
  // Zooms: the wheel (sigma animates each notch), then the canvas's buttons.
  const zoom = page.evaluate(() =>
    window.graphBench.frames(() => new Promise(r => (window.zoomDone = r))),
  );
  await page.mouse.move(cx, cy);
  for (let k = 0; k < 12; k++) {
    await page.mouse.wheel(0, k < 6 ? -240 : 240);
    await page.waitForTimeout(120);
  }
  for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Fit']) {
    await page.getByRole('button', { name }).click();
    await page.waitForTimeout(350);
  }
  await page.evaluate(() => window.zoomDone());
  const zoomed = await zoom;
  const idle = await page.evaluate(() =>
    window.graphBench.frames(() => new Promise(r => setTimeout(r, 1000))),
  );
  // The same pans on a fresh drawing, started as soon as it is drawn (as a
  // user who grabs the graph at once), while the force layout runs.
  await page.reload();
  await page.waitForSelector('[data-layout]', { timeout: 60_000 });
  const layoutBeforeEarlyPan = await layoutState(page);
  const pannedEarly = await panFrames(page, cx, cy);
  const layoutAfterEarlyPan = await layoutState(page);

  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}; ${await browser.version()} headless, WebGL by ${renderer}`,
  );
  console.log(
    `graph: ${nodes} nodes and ${edges} edges drawn (GraphCanvas, sigma.js)`,
  );
  console.log(
    `force layout when the panning started: ${layoutBeforePan}; when it ended: ${layoutAfterPan}`,
  );
  console.log(
    `force layout when the panning right after drawing started: ${layoutBeforeEarlyPan}; when it ended: ${layoutAfterEarlyPan}`,
  );
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  console.log('');
  console.log(
    '| phase | frames | fps | frame p50 / p95 / max ms | frames > 33 ms (dropped one or more) | frames > 50 ms |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, intervals] of [
    ['force layout running (first 3 s)', layout],
    ['panning (8 mouse drags)', panned],
    ['zooming (12 wheel notches, 5 button zooms)', zoomed],
    ['idle after (1 s)', idle],
    ['panning right after drawing (8 drags, fresh page)', pannedEarly],
  ]) {
    const s = summary(intervals);
    console.log(
      `| ${name} | ${s.frames} | ${s.fps.toFixed(1)} | ${s.p50.toFixed(
        1,
      )} / ${s.p95.toFixed(1)} / ${s.max.toFixed(0)} | ${s.dropped} | ${
        s.long
      } |`,
    );
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(out, { recursive: true, force: true });
}
