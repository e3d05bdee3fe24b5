import type { Page } from '@playwright/test';

/**
 * Records the longest text the page's own JSON.parse is given, from the page's first script on: a file parsed in a
 * worker never shows up here. Call before the page is loaded.
 */
export async function recordMainThreadParsing(page: Page) {
  await page.addInitScript(() => {
    const parse = JSON.parse;
    const w = window as unknown as { __longestParsed: number };
    w.__longestParsed = 0;
    JSON.parse = function (text: string, reviver?: (key: string, value: unknown) => unknown) {
      if (typeof text === 'string' && text.length > w.__longestParsed) w.__longestParsed = text.length;
      return parse.call(JSON, text, reviver);
    } as typeof JSON.parse;
  });
  return {
    longest: () => page.evaluate(() => (window as unknown as { __longestParsed: number }).__longestParsed),
  };
}

/** The URLs of the workers the page starts, from now on. */
export function recordWorkers(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}
