import { pathToFileURL } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
/** A second server for the checks at the domain root, with no Content-Security-Policy. */
const rootPort = Number(process.env.E2E_ROOT_PORT ?? port + 1);
const executablePath = process.env.CHROME_PATH;
/** The built app to serve; `dist` unless E2E_DIST names another build. */
const outDir = process.env.E2E_DIST ?? 'dist';
/** The single-file build (`npm run build:single`) and the folder it is in. */
const SINGLE_FILE_DIR = process.env.E2E_SINGLE_DIST ?? 'dist-single';
/** The strictest hosting: a sub-path of the site, under a strict Content-Security-Policy. */
const SUB_PATH = '/atlas/';

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Shared two-core machines: give slow frames room; a condition is still waited for, not a fixed time.
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      // The whole suite, served from a sub-path under the strict CSP (see scripts/serve-static.mjs). Tests tagged
      // @no-csp need what that policy forbids (the optional OpenStreetMap tiles) and run in `root` instead.
      name: 'sub-path-csp',
      testIgnore: /single-file\.spec\.ts$/,
      grepInvert: /@no-csp/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${port}${SUB_PATH}` },
    },
    {
      // The same build at the domain root of a host that sends no CSP: the smoke checks, and the @no-csp tests.
      name: 'root',
      testIgnore: /single-file\.spec\.ts$/,
      grep: /@root-path|@no-csp/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${rootPort}/` },
    },
    {
      // The offline single file, opened from disk: no server at all.
      name: 'single-file',
      testMatch: /single-file\.spec\.ts$/,
      use: { ...chromium, baseURL: pathToFileURL(`${SINGLE_FILE_DIR}/`).href },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.mjs --dir ${outDir} --base ${SUB_PATH} --port ${port}`,
      url: `http://127.0.0.1:${port}${SUB_PATH}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs --dir ${outDir} --base / --port ${rootPort} --no-csp`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
