/**
 * Takes screenshots of the built atlas for the README and for looking at the UI:
 *   node scripts/screenshot.mjs [query] [output.png] [width] [height]
 * Serves dist/ (or the build named by E2E_DIST) with `vite preview` on a free port, opens the page in Chromium and waits for `ots:ready`.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { CHROMIUM_ARGS, freePort } from './chromium.mjs';

const [query = '', output = 'docs/screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
const port = await freePort();
const outDir = process.env.E2E_DIST ?? 'dist';
// Start vite itself (not through npx) so that killing it stops the server.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
  stdio: 'ignore',
});

try {
  const url = `http://127.0.0.1:${port}/${query}`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: findBrowser().path,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ots:ready').length > 0, null, { timeout: 20_000 });
  // SELECTOR=css: that element alone (scrolled into view and drawn), rather than the window.
  if (process.env.SELECTOR) {
    const element = page.locator(process.env.SELECTOR).first();
    await element.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await element.screenshot({ path: output });
  } else await page.screenshot({ path: output, fullPage: process.env.FULL_PAGE === '1' });
  await browser.close();
  console.log(`saved ${output}`);
} finally {
  server.kill();
}
