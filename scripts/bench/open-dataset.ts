/**
 * How opening a large or hostile dataset file goes (run by hand, not part of `npm test`):
 *
 *   npm run bench:open [-- --runs 3] [-- --dist dist] [-- --single dist-single/ots-atlas.html]
 *
 * Serves the build (built into a temporary folder unless `--dist` names one) under the strict Content-Security-Policy,
 * or opens the single file from disk with `--single`, and in Chromium opens three generated files through
 * "Open dataset…" (scripts/big-datasets.ts): a valid one of about 50 MB, one with 99,000 broken sources (the problem
 * budget is reached), and one with 2.35 million broken entities. For each it reports, as medians over the runs:
 *
 *   - the time from choosing the file to its outcome on screen ("Opened …" or the alert);
 *   - the longest main-thread task in that time, and the time in tasks over 50 ms (Long Tasks API): what the page
 *     could not respond in;
 *   - the longest gap between animation frames in that time, another measure of how responsive the page stayed;
 *   - the page's JavaScript heap afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, freePort } from '../chromium.mjs';
import { findBrowser } from '../find-browser.mjs';
import { staticHandler } from '../serve-static.mjs';
import { largeValidDataset, manyBadEntities, manyBadSources } from '../big-datasets.ts';
import { build } from './build.ts';
import { stopWatching, watchMainThread } from './open-in-page.mjs';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 3);
const single = arg('--single');

interface Figures {
  ms: number;
  longestTask: number;
  blocked: number;
  longestFrameGap: number;
  heapMb: number;
  outcome: string;
}

async function openOnce(browser: Browser, url: string, file: string): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ots:ready').length > 0, null, { timeout: 60_000 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await page.evaluate(watchMainThread);
  const start = Date.now();
  await (await chooser).setFiles(file);
  const outcome = page.getByRole('status').filter({ hasText: /^Opened / }).or(page.getByRole('alert').filter({ hasText: 'Could not open' }));
  await outcome.first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  const text = ((await outcome.first().textContent()) ?? '').slice(0, 90);
  const { tasks, gaps, heap } = await page.evaluate(stopWatching);
  await context.close();
  return {
    ms,
    longestTask: Math.max(0, ...tasks),
    blocked: tasks.reduce((sum, t) => sum + t, 0),
    longestFrameGap: Math.max(0, ...gaps),
    heapMb: heap / 1024 / 1024,
    outcome: text,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const work = mkdtempSync(join(tmpdir(), 'ots-bench-open-'));
let server: Server | undefined;
let browser: Browser | undefined;
try {
  let url: string;
  if (single) {
    url = pathToFileURL(resolve(single)).href;
  } else {
    let dir = arg('--dist');
    if (!dir) {
      dir = join(work, 'app');
      build('the atlas', dir);
    }
    const port = await freePort();
    server = createServer(staticHandler({ dir, base: '/atlas/' }));
    await new Promise<void>((done) => server!.listen(port, '127.0.0.1', done));
    url = `http://127.0.0.1:${port}/atlas/`;
  }
  const files = {
    'valid, 50 MB (99,000 sources)': largeValidDataset(),
    '99,000 broken sources': manyBadSources(99_000 - 141),
    '2.35 million broken entities': manyBadEntities(2_350_000),
  };
  const { path } = findBrowser();
  browser = await chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  console.log(`${single ? 'The single file' : 'The hosted build, strict CSP'}; ${RUNS} runs each.\n`);
  for (const [name, text] of Object.entries(files)) {
    const file = join(work, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
    writeFileSync(file, text);
    const runs: Figures[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await openOnce(browser, url, file));
    const m = (key: keyof Omit<Figures, 'outcome'>) => Math.round(median(runs.map((r) => r[key])));
    console.log(`${name} (${(text.length / 1024 / 1024).toFixed(1)} MB): ${runs[0]?.outcome}`);
    console.log(
      `  outcome after ${m('ms')} ms; longest main-thread task ${m('longestTask')} ms; ${m('blocked')} ms in tasks over 50 ms; ` +
        `longest gap between frames ${m('longestFrameGap')} ms; heap afterwards ${m('heapMb')} MB`,
    );
  }
} catch (error) {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(null)));
  rmSync(work, { recursive: true, force: true });
}
