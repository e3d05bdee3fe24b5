import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { TimelinePanel } from './pages/timeline-panel';
import type { Page } from '@playwright/test';

/**
 * Stands in for the browser's print dialog: each call records whether every view, below the fold too, had drawn by
 * then. Returns a reader of those records, one per print.
 */
async function recordPrints(page: Page): Promise<() => Promise<boolean[]>> {
  await page.addInitScript(() => {
    window.print = () => {
      const drawn = performance.getEntriesByName('ots:all-drawn').length > 0;
      const views = ['#gdp svg', '#trade svg', '#timeline [role="group"]'].every((s) => document.querySelector(s));
      const w = window as unknown as { printed?: boolean[] };
      w.printed = [...(w.printed ?? []), drawn && views];
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed?: boolean[] }).printed ?? []);
}

// Also run at the domain root (the `root` project), as a smoke check of the same build there.
test.describe('the overview', { tag: '@root-path' }, () => {
  test('loads with the key figures, no console error and no request to another origin', async ({ atlas, page, foreignRequests }) => {
    await atlas.goto();
    await atlas.waitForReady();
    await expect(page.getByRole('heading', { level: 1, name: 'OTS Atlas' })).toBeVisible();
    await expect(page.getByText(/data as of 13 July 2026/)).toBeVisible();
    await expect(atlas.detailsHeading('The OTS in 2025 (members)')).toBeVisible();
    await expect(atlas.figure('Members')).toContainText('5');
    await expect(atlas.figure('GDP, 2025')).toContainText('$2.15 tn');
    await expect(atlas.figure('Area')).toContainText('4,242,413 km²');
    // The World Bank population series ends in 2024: the 2025 figure is missing, not zero, and the latest one is beside it.
    await expect(atlas.figure('Population, 2025')).toContainText('No 2025 figure');
    await expect(atlas.figure('Population, 2025')).toContainText('Latest: 159.9 million in 2024');
    // Each claim's verdict is for the scope and period its speaker stated, named first; the year chosen comes beside it.
    await expect(atlas.claim('well over 160 million people')).toContainText('Holds for members and observers, 2024: 177.4 million');
    await expect(atlas.claim('well over 160 million people')).toContainText('In 2025, the year chosen: no figure for either set of states');
    expect(foreignRequests).toEqual([]);
  });

  test('follows membership in the chosen year and the scope', async ({ atlas }) => {
    await atlas.goto();
    await atlas.selectYear(2024);
    await expect(atlas.figure('Population, 2024')).toContainText('159.9 million');
    // The claim's own verdict does not follow the reader's scope; the other set of states is named beside it.
    await expect(atlas.claim('well over 160 million people')).toContainText('Members, 2024: 159.9 million, 102,211 below 160 million (does not hold)');
    await atlas.chooseScope('Members and observers');
    await expect(atlas.detailsHeading('The OTS in 2024 (members and observers)')).toBeVisible();
    await expect(atlas.claim('well over 160 million people')).toContainText('Holds for members and observers, 2024');
    await expect(atlas.claim('approaching $2 trillion')).toContainText('Does not hold for members and observers, 2024: at least $2.13 tn, $132 bn above $2 tn');
    await atlas.expectQuery({ year: '2024', scope: 'all' });

    await atlas.chooseScope('Members');
    await atlas.selectYear(2018);
    await expect(atlas.figure('Members')).toContainText('4');
    await expect(atlas.details.getByRole('list', { name: 'Members in 2018' })).not.toContainText('Uzbekistan');
    await expect(atlas.details.getByRole('list', { name: 'Observers in 2018' })).toContainText('Hungary');
    await atlas.selectYear(2019);
    await expect(atlas.figure('Members')).toContainText('5');
    await expect(atlas.details.getByRole('list', { name: 'Members in 2019' })).toContainText('Uzbekistan');
  });
});

test.describe('the first screen', () => {
  test('is ready before the views below the fold, which then draw with no scrolling', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    const timeline = new TimelinePanel(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await atlas.goto();
    await atlas.waitForReady();
    await expect(atlas.detailsHeading('The OTS in 2025 (members)')).toBeVisible();
    await expect(page.locator('#map path[data-entity="KAZ"]')).toBeVisible();
    // The charts and the timeline are below the fold here: they draw soon after, without anyone scrolling to them.
    await page.waitForFunction(() => performance.getEntriesByName('ots:all-drawn').length > 0);
    expect((await charts.gdp.boundingBox())!.y).toBeGreaterThan(800);
    await expect(charts.gdpChart).toBeAttached();
    await expect(charts.volumeChart).toBeAttached();
    await expect(timeline.events).toBeAttached();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const [ready, allDrawn] = await page.evaluate(() =>
      ['ots:ready', 'ots:all-drawn'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
    );
    expect(ready).toBeLessThanOrEqual(allDrawn!);
  });

  test('views below the fold wait for the first screen even when the map’s code arrives after the dataset', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/MapView-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await atlas.goto();
    await expect(atlas.detailsHeading('The OTS in 2025 (members)')).toBeVisible();
    // The map is still loading, and holds its place: the GDP panel is below the fold and waits.
    await expect(page.getByRole('status').filter({ hasText: 'Loading the map…' })).toBeVisible();
    await expect(page.locator('.layout__slot--gdp.layout__slot--waiting')).toHaveCount(1);
    expect((await charts.gdp.count()) + (await page.evaluate(() => performance.getEntriesByName('ots:ready').length))).toBe(0);
    // Scrolled to, it draws at once, map or no map.
    await page.locator('.layout__slot--gdp').scrollIntoViewIfNeeded();
    await expect(charts.gdpChart).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the map…' })).toBeAttached();

    release();
    await atlas.waitForReady();
    await page.waitForFunction(() => performance.getEntriesByName('ots:all-drawn').length > 0);
  });

  test('“Print…” prints once every view, below the fold too, has drawn', async ({ atlas, page }) => {
    const prints = await recordPrints(page);
    await atlas.goto();
    await atlas.waitForReady();
    await page.getByRole('button', { name: 'Print…' }).click();
    await expect.poll(prints).toEqual([true]);
  });

  test('Ctrl+P pressed before the views below the fold have drawn waits for them, as “Print…” does', async ({ atlas, page }) => {
    // The charts' code is held back, so that the views below the fold cannot have drawn when the keys are pressed.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/(GdpPanel|TradePanel|TimelineView|charts)-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const prints = await recordPrints(page);
    await atlas.goto();
    await atlas.waitForReady();
    await page.keyboard.press('Control+P');
    await expect(page.locator('.layout__slot--gdp').getByRole('status')).toBeAttached();
    expect(await prints()).toEqual([]);
    release();
    await expect.poll(prints).toEqual([true]);
  });
});
