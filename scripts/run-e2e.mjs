/**
 * Runs the Playwright suite: finds a browser, makes sure the app is built, picks a free port, and passes any
 * arguments through to `playwright test`.
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

const port = process.env.E2E_PORT ?? String(await freePort());
const result = spawnSync(npm, ['exec', '--', 'playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser.path, E2E_PORT: port },
});
process.exit(result.status ?? 1);
