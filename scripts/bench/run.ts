/**
 * The performance benchmark (run by hand, not part of `npm test`: its figures depend on the machine's load):
 *
 *   npm run bench [-- --runs 9]
 *
 * Builds the atlas and a bare page of the same libraries drawing the same shapes (bench/bare-map: react-leaflet, the
 * trimmed basemap and the same dataset file, without the atlas's store, validation or other views) into a temporary
 * folder, serves both gzip-compressed over HTTP (scripts/bench/serve.ts), and
 * drives Chromium, interleaving the two pages so that any drift in the machine's load affects both alike:
 *
 *   - each run loads each page once in a fresh browser context (a cold cache) and reads: first contentful paint; the
 *     land drawn (`ots:land-drawn`, `bench:land-drawn`: both pages draw the land before the dataset has arrived;
 *     reported without a budget); the map drawn (`ots:map-drawn`, `bench:map-drawn`: the dataset's shapes over the
 *     land); ready (`ots:ready`: every view on screen has drawn the dataset; for the bare page, its map drawn); every
 *     view drawn (`ots:all-drawn`: those below the fold too, which the atlas draws after the first screen; reported
 *     without a budget), each mark set once the frame showing it has been painted (src/ui/after-paint.ts); and the
 *     bytes of JavaScript, CSS and data transferred, compressed (Resource Timing's encodedBodySize of every response
 *     that went over the network);
 *   - JavaScript before first paint: the compressed size of the entry chunk and its static imports, read from the
 *     build's manifest (see build.ts);
 *   - then, in the same atlas page, once every view has drawn, clicks on states (on the map), corridors (on the map),
 *     events (on the timeline) and years (the header's previous/next buttons), each timed from the click's event timestamp until every view
 *     showing the selection has updated and that frame has been painted (see clicks.ts).
 *
 * Prints medians (and p95 for clicks), the atlas's figures as ratios to the bare page, and exits 1 when a budget in
 * bench/budgets.json is exceeded, naming it. On a virtual machine it also prints the share of processor time the host
 * took during the runs (see host-load.ts), and warns when that share makes the figures unreliable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { findBrowser } from '../find-browser.mjs';
import { build, scriptsBeforeFirstPaint } from './build.ts';
import { CLICK_KINDS, clicksFor, readNames, timeClick, type ClickKind } from './clicks.ts';
import { loadFigures, type LoadFigures, type LoadMarks } from './in-page.mjs';
import { readBudgets, report, type Results } from './report.ts';
import { readCpuTimes, STEAL_WARNING, stealShare } from './host-load.ts';
import { precompress, serve, type Served } from './serve.ts';

const flag = process.argv.indexOf('--runs');
const RUNS = flag > 0 ? Number(process.argv[flag + 1]) : 9;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number of runs, at least 1');
const VIEWPORT = { width: 1280, height: 800 };
// Both pages draw the land as soon as the basemap is here, then the dataset's shapes over it. The bare page has nothing
// but its map, so its map drawn stands for ready and for every view drawn.
const MARKS: Record<'app' | 'bare', LoadMarks> = {
  app: { landDrawn: 'ots:land-drawn', mapDrawn: 'ots:map-drawn', ready: 'ots:ready', allDrawn: 'ots:all-drawn' },
  bare: { landDrawn: 'bench:land-drawn', mapDrawn: 'bench:map-drawn', ready: 'bench:map-drawn', allDrawn: 'bench:map-drawn' },
};

async function load(browser: Browser, url: string, marks: LoadMarks) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // Nothing in one load or click should take this long, even on a busy machine; fail rather than wait forever.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), Object.values(marks), {
    timeout: 30_000,
  });
  // Let what is still in flight (the favicon, late chunks) finish, so that the bytes are all counted.
  await page.waitForLoadState('networkidle');
  const figures: LoadFigures = await page.evaluate(loadFigures, marks);
  return { figures, page, context };
}

const work = mkdtempSync(join(tmpdir(), 'ots-bench-'));
const servers: Served[] = [];
let browser: Browser | undefined;
try {
  const appDir = join(work, 'app');
  const bareDir = join(work, 'bare');
  build('the atlas', appDir);
  build('the bare page', bareDir, ['--config', 'bench/vite.config.ts']);
  const sizes = new Map([...precompress(appDir), ...precompress(bareDir)]);
  const compressed = (files: string[]) => files.reduce((sum, file) => sum + (sizes.get(file) ?? NaN), 0);
  const firstPaintJs = { app: compressed(scriptsBeforeFirstPaint(appDir)), bare: compressed(scriptsBeforeFirstPaint(bareDir)) };
  const names = readNames(appDir);
  const app = await serve(appDir);
  servers.push(app);
  const bare = await serve(bareDir);
  servers.push(bare);

  const { path, kind } = findBrowser();
  console.log(`Chromium: ${path} (${kind}); ${RUNS} runs, ${VIEWPORT.width}×${VIEWPORT.height}`);
  browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });

  // One load of each first, not counted: the OS's file cache, the servers' first responses, Chromium's own start.
  for (const [url, marks] of [[app.url, MARKS.app], [bare.url, MARKS.bare]] as const) await (await load(browser, url, marks)).context.close();
  const cpuBefore = readCpuTimes();

  const results: Results = {
    runs: RUNS,
    loads: { app: [], bare: [] },
    firstPaintJs,
    clicks: Object.fromEntries(CLICK_KINDS.map((k) => [k, []])) as unknown as Record<ClickKind, number[]>,
  };
  for (let run = 0; run < RUNS; run++) {
    const bareRun = await load(browser, bare.url, MARKS.bare);
    results.loads.bare.push(bareRun.figures);
    await bareRun.context.close();

    const appRun = await load(browser, app.url, MARKS.app);
    results.loads.app.push(appRun.figures);
    const year = Number(await appRun.page.locator('#year-select').inputValue());
    for (const click of clicksFor(names, year)) results.clicks[click.kind].push(await timeClick(appRun.page, click));
    await appRun.context.close();
    console.log(`run ${run + 1}/${RUNS} done`);
  }

  const stolen = stealShare(cpuBefore, readCpuTimes());
  const exceeded = report(results, readBudgets('bench/budgets.json'));
  console.log('');
  if (stolen != null) {
    console.log(`Processor time taken by the host during the runs: ${(stolen * 100).toFixed(1)} %.`);
    if (stolen > STEAL_WARNING) {
      console.log('  Above 5 %, the figures say more about the host than about the code: run again when the machine is quieter.');
    }
    console.log('');
  }
  if (exceeded.length > 0) {
    console.log('Budgets exceeded (bench/budgets.json):');
    for (const line of exceeded) console.log(`  - ${line}`);
    process.exitCode = 1;
  } else {
    console.log('Every budget in bench/budgets.json is met.');
  }
} catch (error) {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}
