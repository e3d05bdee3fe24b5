/**
 * Writes src/data/basemap.json: Natural Earth's 1:50m countries (world-atlas) trimmed to the window around the
 * dataset's region (see src/data/geo-basemap.ts).
 *
 *   npx tsx scripts/basemap/build.ts           write the file if it changed
 *   npx tsx scripts/basemap/build.ts --check   exit 1 if the file is out of date
 *
 * The Vite plugin in ./vite-plugin.ts runs the same step at the start of every build and dev server.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { generateBasemapText, type Bounds } from '../../src/data/geo-basemap.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BASEMAP_FILE = join(ROOT, 'src', 'data', 'basemap.json');
const DATASET_FILE = join(ROOT, 'public', 'data', 'ots.json');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The basemap's text as the generator makes it from the installed world-atlas and the bundled dataset's region. */
export function buildBasemapText(): string {
  const require = createRequire(join(ROOT, 'package.json'));
  const sourcePath = require.resolve('world-atlas/countries-50m.json');
  const { version } = readJson<{ version: string }>(join(dirname(sourcePath), 'package.json'));
  const { region } = readJson<{ region: { bounds: Bounds } }>(DATASET_FILE);
  return generateBasemapText(readJson<Topology>(sourcePath), version, region.bounds);
}

/** Writes the basemap only when its content changes, so watchers and other builds are not disturbed. */
export function writeBasemapIfChanged(): boolean {
  const text = buildBasemapText();
  if (existsSync(BASEMAP_FILE) && readFileSync(BASEMAP_FILE, 'utf8') === text) return false;
  writeFileSync(BASEMAP_FILE, text);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rel = relative(process.cwd(), BASEMAP_FILE);
  if (process.argv.includes('--check')) {
    const current = existsSync(BASEMAP_FILE) ? readFileSync(BASEMAP_FILE, 'utf8') : '';
    if (current !== buildBasemapText()) {
      console.error(`${rel} is out of date: run npx tsx scripts/basemap/build.ts`);
      process.exit(1);
    }
    console.log(`${rel} is up to date`);
  } else {
    const changed = writeBasemapIfChanged();
    console.log(`${rel} ${changed ? 'written' : 'unchanged'} (${(readFileSync(BASEMAP_FILE).length / 1024).toFixed(1)} KB)`);
  }
}
