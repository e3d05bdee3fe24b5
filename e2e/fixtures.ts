import { test as base, expect } from '@playwright/test';
import { AtlasPage } from './pages/atlas-page';

interface Fixtures {
  atlas: AtlasPage;
  /** Console errors and uncaught exceptions; every test fails if any appear, unless it expects them. */
  consoleErrors: string[];
  /** Requests to any origin other than the app's own. */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
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
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
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
