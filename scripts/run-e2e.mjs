/**
 * Runs the Playwright suite: finds a browser, makes sure the app and the single file are built, picks free ports, and
 * passes any arguments through to `playwright test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';
import { freePort } from './chromium.mjs';


let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
console.log(`End-to-end tests use ${browser.path} (${browser.kind}).`);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const outDir = process.env.E2E_DIST ?? 'dist';
if (!existsSync(`${outDir}/index.html`)) {
  console.log(`No build found in ${outDir}/; building first.`);
  const built = spawnSync(npm, ['exec', '--', 'vite', 'build', '--outDir', outDir], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const singleDir = process.env.E2E_SINGLE_DIST ?? 'dist-single';
if (!existsSync(`${singleDir}/ots-atlas.html`)) {
  console.log(`No single-file build found in ${singleDir}/; building it first.`);
  const built = spawnSync(npm, ['exec', '--', 'vite', 'build', '--config', 'vite.single.config.ts', '--outDir', singleDir], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Two servers: the build under a sub-path with the strict CSP, and at the root of a host without one.
const port = process.env.E2E_PORT ?? String(await freePort());
let rootPort = process.env.E2E_ROOT_PORT ?? String(await freePort());
while (rootPort === port) rootPort = String(await freePort());
const result = spawnSync(npm, ['exec', '--', 'playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser.path, E2E_PORT: port, E2E_ROOT_PORT: rootPort },
});
process.exit(result.status ?? 1);
