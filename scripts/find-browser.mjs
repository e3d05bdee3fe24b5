/**
 * Finds a Chromium-family browser for the end-to-end tests, in this order:
 *   1. CHROME_PATH, if set;
 *   2. an installed Chromium or Google Chrome;
 *   3. Playwright's own Chromium, if it has been downloaded;
 *   4. on Debian or Ubuntu as root: `apt-get install -y chromium`.
 * Prints which one it uses; exits with a clear message if none can be had.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  const found = spawnSync(process.platform === 'win32' ? 'where' : 'which', [name], { encoding: 'utf8' });
  const first = found.status === 0 ? found.stdout.split(/\r?\n/)[0]?.trim() : '';
  return first && executable(first) ? first : null;
}

function playwrightChromium() {
  try {
    const { chromium } = require('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function installDebianChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !isRoot || !existsSync('/etc/debian_version') || !onPath('apt-get')) return null;
  console.log('No browser found; installing Debian’s chromium with apt-get (this takes a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  } catch (error) {
    console.error(`apt-get could not install chromium: ${error.message}`);
    return null;
  }
  return executable('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/** @returns {{ path: string, kind: string }} */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return { path: fromEnv, kind: 'CHROME_PATH' };
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no executable browser is there.`);
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (executable(candidate)) return { path: candidate, kind: 'installed browser' };
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = onPath(name);
    if (found) return { path: found, kind: 'installed browser' };
  }
  const own = playwrightChromium();
  if (own) return { path: own, kind: "Playwright's own Chromium" };
  const installed = installDebianChromium();
  if (installed) return { path: installed, kind: 'Debian chromium, just installed' };
  throw new Error(
    [
      'No Chromium or Chrome was found for the end-to-end tests.',
      'Do one of these, then run the tests again:',
      '  - set CHROME_PATH to a Chromium or Chrome executable;',
      '  - install Chromium or Google Chrome;',
      '  - run `npx playwright install chromium` (needs internet);',
      '  - on Debian or Ubuntu: `sudo apt-get install chromium`.',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { path, kind } = findBrowser();
    console.log(`${path} (${kind})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
