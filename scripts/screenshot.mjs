#!/usr/bin/env node
// Screenshots of the running portal in headless Chromium, signed in as a demo
// user, in the light or dark theme: how a page is looked at before it is done.
//   node scripts/screenshot.mjs <path> <out.png> [--as user] [--theme light|dark]
//     [--base http://localhost:3000] [--wait-for "text"] [--click "button"] [--full]
//     [--scroll-to "text"] [--width 1440] [--height 900]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'package.json'))(
  '@playwright/test',
);

const [pagePath, out, ...rest] = process.argv.slice(2);
if (!pagePath || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <path> <out.png> [--as user] [--theme light|dark] [--base url] [--wait-for text] [--click button] [--scroll-to text] [--full] [--width px] [--height px]',
  );
  process.exit(2);
}
const opt = (name, fallback) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? rest[at + 1] : fallback;
};
const user = opt('as', 'sam.okafor');
const theme = opt('theme', 'light');
const base = opt('base', 'http://localhost:3000');
const waitFor = opt('wait-for');

const browser = await chromium.launch({
  executablePath: process.env.FITSYS_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({
    viewport: {
      width: Number(opt('width', '1440')),
      height: Number(opt('height', '900')),
    },
  });
  await page.addInitScript(
    ([name, themeId]) => {
      if (name !== 'none')
        window.localStorage.setItem('fitsys.demoSignIn.user', name);
      window.localStorage.setItem('theme', themeId);
    },
    [user, theme],
  );
  await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle' });
  if (waitFor)
    await page.getByText(waitFor).first().waitFor({ timeout: 60_000 });
  // --click "name": press a button first (to show a dialog, say).
  const click = opt('click');
  if (click) {
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: click }).first().click();
  }
  await page.waitForTimeout(Number(opt('delay', '1500')));
  // --scroll-to "text": bring that text into view (the foot of a table, say).
  const scrollTo = opt('scroll-to');
  if (scrollTo) {
    await page.getByText(scrollTo).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
