import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { MapPanel } from './pages/map-panel';

/** An element's box, rounded to whole pixels (null when it is not laid out). */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  return b && { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

/** Where the header's controls and the page's panels are: what must not move when a control confirms or changes. */
async function frame(page: Page) {
  return {
    header: await box(page.locator('.app-header')),
    controls: await page.locator('.app-header__controls > *, .app-header > .year-control').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
      }),
    ),
    map: await box(page.locator('.layout__slot--map')),
    details: await box(page.locator('.layout__slot--details')),
  };
}

/** Boxes in the main page that scroll on their own (the map and the tables' boxes are meant to). */
function nestedScrollers(page: Page) {
  return page.locator('main').evaluate((main) =>
    [main, ...main.querySelectorAll('*')]
      .filter((el) => !el.closest('.leaflet-container, .data-table__scroll'))
      .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.className} (${el.scrollHeight} in ${el.clientHeight})`),
  );
}

/** The decimals of each figure column of a table's body, one set per column. */
function decimalsByColumn(table: Locator) {
  return table.evaluate((t) => {
    const columns: Set<number>[] = [];
    for (const row of t.querySelectorAll('tbody tr')) {
      row.querySelectorAll('td:not(.is-note)').forEach((cell, i) => {
        const figure = /[\d,]+(\.\d+)?/.exec((cell.querySelector('[aria-hidden="true"]') ? '' : cell.textContent) ?? '');
        if (!figure) return;
        (columns[i] ??= new Set()).add(figure[1] ? figure[1].length - 1 : 0);
      });
    }
    return columns.map((set) => [...set]);
  });
}

/** Whether `inner` lies within `outer`, give or take a pixel. */
function within(inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }) {
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

test.describe('the first screen at 1280×800 and 1024×768', () => {
  test('holds still as controls confirm and change, scrolls only as a page, and keeps every table and figure in its panel', async ({ atlas, page, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const map = new MapPanel(page);
    await atlas.goto();
    await atlas.waitForReady();
    const still = await frame(page);
    expect(still.header?.height).toBeLessThanOrEqual(130);

    // The scope: the header holds still, and the map shows what changed (observers counted, or faded).
    await expect(map.shape('HUN')).toHaveAttribute('data-counted', 'false');
    const faded = Number(await map.shape('HUN').getAttribute('fill-opacity'));
    await expect(map.panel.locator('.panel__subtitle')).toContainText('Members counted in 2025, observers faded');
    await expect(map.panel.locator('[data-export="legend"]')).toContainText('Observer, not counted with the members (faded)');
    await atlas.chooseScope('Members and observers');
    await expect(map.shape('HUN')).toHaveAttribute('data-counted', 'true');
    expect(Number(await map.shape('HUN').getAttribute('fill-opacity'))).toBeGreaterThan(faded);
    await expect(map.panel.locator('.panel__subtitle')).toContainText('Members and observers counted in 2025');
    await expect(map.panel.locator('[data-export="legend"]')).not.toContainText('not counted');
    await expect(map.shape('KAZ')).toHaveAttribute('data-counted', 'true');
    // (The panels' content changes with the scope; their places and the header's do not.)
    const { header, controls } = await frame(page);
    expect({ header, controls }).toEqual({ header: still.header, controls: still.controls });
    await atlas.chooseScope('Members');
    await expect(map.shape('HUN')).toHaveAttribute('data-counted', 'false');

    // Copy link: the button's face confirms, nothing moves.
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(page.getByText('✓ Link copied')).toBeVisible();
    expect(await frame(page)).toEqual(still);
    // The clipboard refused: the link is laid over the page, selected, and nothing beneath it moves.
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } }),
    );
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    const field = page.getByRole('textbox', { name: /clipboard is not available/ });
    await expect(field).toBeFocused();
    expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(page.url());
    expect(await frame(page)).toEqual(still);
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeFocused();

    // One scroll, the page's: the details are as tall as their content, their claims reached by scrolling the page.
    expect(await nestedScrollers(page)).toEqual([]);
    const claims = atlas.details.getByRole('heading', { name: /^Claims about the OTS/ });
    await claims.scrollIntoViewIfNeeded();
    await expect(claims).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // The tables: inside their panels, the caption whole; the GDP table fits, the trade table scrolls in its box
    // with its first column held; one precision per column.
    const charts = new ChartPanels(page);
    for (const panel of [charts.gdp, charts.trade]) {
      await panel.scrollIntoViewIfNeeded();
      await panel.getByRole('button', { name: /^Show table/ }).click();
      const slot = (await box(panel))!;
      // The trade panel shows two tables: the share measured, and the figures as reported.
      for (const scroller of await panel.locator('.data-table__scroll').all()) {
        expect(within((await box(scroller))!, slot), 'the table’s box in its panel').toBe(true);
      }
      for (const caption of await panel.locator('.data-table__caption').all()) {
        expect(within((await box(caption))!, slot), 'the caption in its panel').toBe(true);
      }
    }
    const gdpTable = charts.gdp.getByRole('table');
    expect(await charts.gdp.locator('.data-table__scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const total = (await box(gdpTable.getByRole('columnheader', { name: 'OTS total' })))!;
    expect(within(total, (await box(charts.gdp.locator('.data-table__scroll')))!), 'the total in the table’s box').toBe(true);
    const decimals = await decimalsByColumn(gdpTable);
    expect(decimals.length).toBe(6);
    for (const [i, set] of decimals.entries()) expect(set, `decimals in column ${i + 1}`).toHaveLength(1);
    const trade = charts.trade.getByRole('region', { name: 'Table of the trade charts' });
    expect(await trade.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const firstColumn = trade.getByRole('rowheader').first();
    const before = (await box(firstColumn))!.x;
    await trade.evaluate((el) => el.scrollBy({ left: 400 }));
    await expect.poll(() => trade.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await box(firstColumn))!.x).toBe(before);

    // The projector: a figure and its unit on one line.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const area = atlas.figure('Area').locator('.figure__number');
    await expect(area).toHaveText('4,242,413 km²');
    expect(await area.evaluate((el) => el.getClientRects().length)).toBe(1);
    expect(await nestedScrollers(page)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  for (const size of [{ width: 390, height: 844 }, { width: 360, height: 640 }]) {
    test(`at ${size.width}×${size.height}: a compact header, the map first, and what is tapped in a sheet at once`, async ({ atlas, page }) => {
      const map = new MapPanel(page);
      await page.setViewportSize(size);
      await atlas.goto();
      await atlas.waitForReady();
      await map.waitForDrawn();
      const header = (await box(page.locator('.app-header')))!;
      expect(header.height).toBeLessThanOrEqual(60);
      await expect(page.getByLabel('Year', { exact: true })).toBeInViewport();
      const sheetBar = page.getByRole('button', { name: 'Details: overview' });
      await expect(sheetBar).toBeInViewport();
      const bar = (await box(sheetBar))!;
      // The whole map on the first screen, above the sheet's bar.
      const frameOfMap = (await box(map.map))!;
      expect(frameOfMap.y).toBeLessThanOrEqual(180);
      expect(frameOfMap.y + frameOfMap.height).toBeLessThanOrEqual(bar.y);

      // A tap on Kazakhstan: its details are on screen at once, and the map stays where it was, uncovered.
      await map.clickShape('KAZ');
      await atlas.expectQuery({ state: 'KAZ' });
      const heading = atlas.detailsHeading('Kazakhstan');
      await expect(heading).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const sheet = (await box(page.locator('.layout__slot--details')))!;
      expect(sheet.y).toBeGreaterThanOrEqual(frameOfMap.y + frameOfMap.height - 1);
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(size.height + 1);
      // The sheet scrolls on its own to the rest of the details, and its bar closes it.
      await page.getByRole('button', { name: 'Hide details' }).click();
      await expect(heading).toBeHidden();
      await expect(page.getByRole('button', { name: 'Details: Kazakhstan' })).toBeInViewport();

      // The header's menu lies over the page: the scope is in it, and choosing it moves nothing beneath.
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
      await atlas.chooseScope('Members and observers');
      await atlas.expectQuery({ state: 'KAZ', scope: 'all' });
      expect(await box(map.map)).toEqual(frameOfMap);
      expect((await box(page.locator('.app-header')))?.height).toBe(header.height);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('button', { name: 'Print…' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
    });
  }
});
