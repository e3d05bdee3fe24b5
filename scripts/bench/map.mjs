/**
 * Map benchmark (prints figures; it sets no budget and exits 0 when it could measure):
 *
 *   node scripts/bench/map.mjs [--runs 7]
 *
 * Builds the atlas and a bare react-leaflet page that draws the same trimmed shapes (bench/bare-map) into a temporary
 * folder, serves both with `vite preview`, and in Chromium measures, in the same run:
 *   - map drawn: from navigation to the frame that paints the map's shapes (`ots:map-drawn` in the atlas,
 *     `bench:map-drawn` in the bare page), each load in a fresh browser context (cold cache);
 *   - click to every view updated: from a click on a state's shape (the event's timestamp) until the details panel
 *     names that state and the next frame has been painted. Every view renders in the same React commit.
 * Targets: the atlas's map drawn within 1.25× the bare page; click to every view updated under 50 ms at the median.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findBrowser } from '../find-browser.mjs';
import { CHROMIUM_ARGS, freePort } from '../chromium.mjs';
import { armClickTiming, clickTiming, freePointScript } from './in-page.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const VIEWPORT = { width: 1280, height: 800 };
/** States clicked in turn (ids in the dataset, names as the details panel shows them). */
const CLICKS = [
  ['KAZ', 'Kazakhstan'],
  ['TUR', 'Türkiye'],
  ['UZB', 'Uzbekistan'],
  ['AZE', 'Azerbaijan'],
  ['KGZ', 'Kyrgyzstan'],
  ['TKM', 'Turkmenistan'],
  ['HUN', 'Hungary'],
];

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';


function build(label, args) {
  console.log(`building ${label}…`);
  const result = spawnSync(npx, ['vite', 'build', '--logLevel', 'error', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`the ${label} build failed`);
}

/** Serves a build with vite preview, in this process (so that nothing outlives the benchmark). */
async function serve(outDir, configFile) {
  const port = await freePort();
  const server = await preview({
    ...(configFile ? { configFile } : {}),
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

async function timeToMark(browser, url, mark) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  const time = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
  return { time, page, context };
}

async function clickTimes(page) {
  const times = [];
  for (const [id, name] of CLICKS) {
    await page.locator('#map').scrollIntoViewIfNeeded();
    const point = await page.evaluate(freePointScript, `path[data-entity="${id}"]`);
    if (!point) throw new Error(`no clickable point on ${id}`);
    await page.evaluate(armClickTiming, name);
    await page.mouse.click(point.x, point.y);
    const time = await page.evaluate(clickTiming);
    if (typeof time !== 'number') throw new Error(`clicking ${name}: ${time}`);
    times.push(time);
    // Back to the overview between clicks, so that each click changes the whole page.
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('state'));
  }
  return times;
}

const work = mkdtempSync(join(tmpdir(), 'ots-map-bench-'));
const servers = [];
let browser;
try {
  build('the atlas', ['--outDir', join(work, 'app'), '--emptyOutDir']);
  build('the bare map', ['--config', 'bench/vite.config.ts', '--outDir', join(work, 'bare'), '--emptyOutDir']);
  const app = await serve(join(work, 'app'));
  servers.push(app.server);
  const bare = await serve(join(work, 'bare'), 'bench/vite.config.ts');
  servers.push(bare.server);

  const { path, kind } = findBrowser();
  console.log(`Chromium: ${path} (${kind}); ${RUNS} runs each, ${VIEWPORT.width}×${VIEWPORT.height}`);
  browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });

  const drawn = { app: [], bare: [], ready: [] };
  const clicks = [];
  // One warm-up load of each, not counted (the OS file cache, the preview servers' first responses).
  for (const [url, mark] of [[app.url, 'ots:map-drawn'], [bare.url, 'bench:map-drawn']]) {
    const { context } = await timeToMark(browser, url, mark);
    await context.close();
  }
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so that any drift in the machine's load affects both alike.
    const bareRun = await timeToMark(browser, bare.url, 'bench:map-drawn');
    drawn.bare.push(bareRun.time);
    await bareRun.context.close();

    const appRun = await timeToMark(browser, app.url, 'ots:map-drawn');
    drawn.app.push(appRun.time);
    await appRun.page.waitForFunction(() => performance.getEntriesByName('ots:ready').length > 0);
    drawn.ready.push(await appRun.page.evaluate(() => performance.getEntriesByName('ots:ready')[0].startTime));
    clicks.push(...(await clickTimes(appRun.page)));
    await appRun.context.close();
  }

  const appDrawn = median(drawn.app);
  const bareDrawn = median(drawn.bare);
  const click = median(clicks);
  console.log('');
  console.log('Map drawn (navigation → shapes painted), median of', RUNS);
  console.log(`  bare react-leaflet page  ${ms(bareDrawn)}   (runs: ${drawn.bare.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`  atlas                    ${ms(appDrawn)}   (runs: ${drawn.app.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`  ratio atlas / bare       ${(appDrawn / bareDrawn).toFixed(2)}×   (target ≤ 1.25×)`);
  console.log(`  atlas, every view ready  ${ms(median(drawn.ready))}`);
  console.log('');
  console.log(`Click on a state → every view updated and painted, median of ${clicks.length}`);
  console.log(`  atlas                    ${ms(click)}   (target < 50 ms; min ${ms(Math.min(...clicks))}, max ${ms(Math.max(...clicks))})`);
  console.log(`  ratio to target          ${(click / 50).toFixed(2)}×`);
} catch (error) {
  console.error(`The benchmark could not run: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}
