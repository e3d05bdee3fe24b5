/**
 * Makes the README's screenshots from the build, so that they show the atlas as it is:
 *   npm run docs:screenshots            (builds first when dist/ is missing)
 * Serves dist/ as a static host would, opens each view in Chromium at its size, waits until every view on screen has
 * drawn and the page is still (reduced motion: no animation is caught half-way), and writes the PNG.
 */
/* global document, requestAnimationFrame -- in the page, through page.evaluate */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

/** The screenshots, as the README shows them. */
export const SHOTS = [
  { file: 'docs/screenshot.png', query: '', width: 1280, height: 800, alt: 'The OTS Atlas overview' },
  { file: 'docs/screenshot-briefing.png', query: '?slide=3', width: 1280, height: 800, alt: 'The OTS Atlas in briefing mode' },
];

async function main() {
  const dir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const built = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const { server, url } = await serveStatic({ dir, base: '/', port: 0, csp: '' });
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: CHROMIUM_ARGS });
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${url}${shot.query}`);
      await page.waitForFunction(() => performance.getEntriesByName('ots:ready').length > 0, null, { timeout: 30_000 });
      await page.evaluate(() => document.fonts.ready);
      // Two painted frames after ready: the map's names placed, nothing left to draw.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.mouse.move(0, 0);
      await page.screenshot({ path: shot.file });
      await context.close();
      console.log(`saved ${shot.file} (${shot.width}×${shot.height}${shot.query ? `, ${shot.query}` : ''})`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
