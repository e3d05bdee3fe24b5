import { test, expect, expectConsoleErrors, expectForeignRequests } from './fixtures';
import { MapPanel } from './pages/map-panel';

// These run in the `sub-path-csp` project: the build served from /atlas/ with a strict Content-Security-Policy.
test.describe('hosting under a sub-path with a strict Content-Security-Policy', () => {
  test('every file the atlas needs comes from its own folder, under the policy', async ({ atlas, page, baseURL }) => {
    const home = new URL('./', baseURL).href;
    expect(new URL(home).pathname, 'the suite is meant to run under a sub-path').not.toBe('/');
    const loaded: string[] = [];
    page.on('response', (response) => {
      if (response.ok()) loaded.push(response.url());
    });
    const response = await atlas.goto('?state=KAZ');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await atlas.waitForReady();
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    // The dataset, the lazy chunks of the map and the charts, and the icon, each relative to the page.
    expect(loaded).toContain(`${home}data/ots.json`);
    expect(loaded.filter((url) => url.startsWith(`${home}assets/`) && url.endsWith('.js')).length).toBeGreaterThan(1);
    expect(loaded).toContain(`${home}favicon.svg`);
    expect(loaded.every((url) => url.startsWith(home))).toBe(true);
  });

  test('the folder without its trailing slash redirects to it, and links keep their view', async ({ atlas, page, baseURL, foreignRequests }) => {
    expectForeignRequests();
    const home = new URL('./', baseURL);
    const bare = `${home.origin}${home.pathname.replace(/\/$/, '')}?state=TUR`;
    await page.goto(bare);
    expect(page.url()).toBe(`${home.href}?state=TUR`);
    await expect(atlas.detailsHeading('Türkiye')).toBeVisible();
    // The only request outside the folder is the one to the bare address.
    expect(foreignRequests).toEqual([bare]);
  });

  test('the policy is enforced, and a violation fails the test: an inline script is refused', async ({ atlas, page, consoleErrors }) => {
    expectConsoleErrors();
    await atlas.goto();
    await atlas.waitForReady();
    expect(consoleErrors).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
    });
    await expect.poll(() => consoleErrors.filter((e) => e.includes('Content-Security-Policy')).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
  });

  test('the online basemap, which the policy forbids, fails visibly and leaves the built-in map', async ({ atlas, page, consoleErrors, foreignRequests }) => {
    expectConsoleErrors();
    // The browser refuses the tiles: Playwright still reports each as a request, but none gets a response.
    expectForeignRequests();
    let tileResponses = 0;
    page.on('response', (response) => {
      if (response.url().includes('tile.openstreetmap.org')) tileResponses++;
    });
    const map = new MapPanel(page);
    await atlas.goto();
    await map.waitForDrawn();
    await map.switchOnlineBasemap(true);
    await expect(map.status).toContainText('Some OpenStreetMap tiles could not be loaded');
    await expect(page.locator('img.leaflet-tile-loaded')).toHaveCount(0);
    await expect(map.shape('KAZ')).toBeVisible();
    expect(consoleErrors.some((e) => e.includes('tile.openstreetmap.org') && e.includes('Content Security Policy'))).toBe(true);
    expect(foreignRequests.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(tileResponses).toBe(0);
  });
});
