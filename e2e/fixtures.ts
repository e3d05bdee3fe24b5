import { test as base, expect } from '@playwright/test';
import { AtlasPage } from './pages/atlas-page';

interface Fixtures {
  atlas: AtlasPage;
  /**
   * Console errors, uncaught exceptions and Content-Security-Policy violations; every test fails if any appear, unless
   * it expects them.
   */
  consoleErrors: string[];
  /**
   * Requests that leave the app: to another origin, or to its own origin outside the folder it is served from. Every
   * test fails if there are any, unless it expects them (the optional online basemap).
   */
  foreignRequests: string[];
}

/**
 * Chromium logs most CSP violations to the console itself, but not every one (a blocked `new Function` that the page
 * catches is silent): report each violation as a console error too.
 */
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    console.error(`Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}`);
  });
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      await page.addInitScript(reportCspViolations);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      if (!testInfo.annotations.some((a) => a.type === 'expects-console-errors')) {
        expect(errors, 'console errors during the test').toEqual([]);
      }
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ page, baseURL }, use, testInfo) => {
      // The app's folder: http://host:port/atlas/ for a sub-path, file:///…/ for the single file.
      const home = new URL('./', baseURL ?? 'http://127.0.0.1/').href;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!url.startsWith(home)) foreign.push(url);
      });
      await use(foreign);
      if (!testInfo.annotations.some((a) => a.type === 'expects-foreign-requests')) {
        expect(foreign, `requests outside ${home}`).toEqual([]);
      }
    },
    { auto: true },
  ],
  atlas: async ({ page }, use) => {
    await use(new AtlasPage(page));
  },
});

export { expect };

/** Marks a test as one whose console errors are expected (a dataset that fails to load on purpose). */
export function expectConsoleErrors() {
  test.info().annotations.push({ type: 'expects-console-errors' });
}

/** Marks a test as one that makes requests outside the app on purpose (the online basemap's tiles). */
export function expectForeignRequests() {
  test.info().annotations.push({ type: 'expects-foreign-requests' });
}
