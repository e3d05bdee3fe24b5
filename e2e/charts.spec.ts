import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { csvTextLines } from './pages/panel-exports';
import { TimelinePanel } from './pages/timeline-panel';

test.describe('the chart panels', () => {
  test('a link selecting Türkiye highlights its series', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?state=TUR');
    await atlas.waitForReady();
    await charts.expectHighlighted('Türkiye');
    await charts.expectNotHighlighted('Kazakhstan');
    const table = await charts.showTable(charts.gdp);
    await expect(table.getByRole('columnheader', { name: 'Türkiye' })).toHaveAttribute('aria-current', 'true');
  });

  test('selecting Türkiye in the details panel highlights its series; a corridor highlights the states it crosses', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto();
    await atlas.waitForReady();
    await charts.expectNotHighlighted('Türkiye');
    await atlas.selectState('Türkiye');
    await charts.expectHighlighted('Türkiye');

    await atlas.goto('?corridor=china-kyrgyzstan-uzbekistan');
    await expect(charts.gdpLegend.getByRole('button', { pressed: true })).toHaveText(['Kyrgyzstan', 'Uzbekistan']);
  });

  test('clicking a state’s band in the stacked chart selects the state, and the year clicked', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?year=2019');
    await atlas.waitForReady();
    // In 2015 Türkiye's band spans roughly $0.2–1.1 tn of the $1.1 tn stack.
    await charts.clickGdpAt(2015, '$500 bn');
    await atlas.expectQuery({ state: 'TUR', year: '2015' });
    await charts.expectHighlighted('Türkiye');
    await expect(atlas.detailsHeading('Türkiye')).toBeVisible();
  });

  test('clicking a year in a chart moves the year marker everywhere; hovering changes nothing', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    const timeline = new TimelinePanel(page);
    await atlas.goto('?year=2019');
    await atlas.waitForReady();
    await expect(charts.yearMarkers(charts.gdp)).toHaveText(['2019']);

    await charts.hoverGdpYear(2012);
    await expect(charts.gdpTooltip()).toContainText('2012');
    await atlas.expectQuery({ year: '2019' });

    await charts.clickGdpYear(2016);
    await expect(atlas.year).toHaveValue('2016');
    await atlas.expectQuery({ year: '2016' });
    await expect(charts.yearMarkers(charts.gdp)).toHaveText(['2016']);
    await expect(charts.yearMarkers(charts.trade)).toHaveText(['2016', '2016']);
    await expect(atlas.detailsHeading('The OTS in 2016 (members)')).toBeVisible();
    await expect(timeline.selectedYear).toContainText('2016');

    await charts.clickTradeYear(2022);
    await expect(atlas.year).toHaveValue('2022');
    await expect(charts.yearMarkers(charts.gdp)).toHaveText(['2022']);
    await expect(timeline.selectedYear).toContainText('2022');
  });

  test('the GDP table shows the same numbers as the tooltip', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?year=2019');
    await atlas.waitForReady();
    await charts.hoverGdpYear(2019);
    await expect(charts.gdpTooltip()).toContainText('2019');
    const turkiye = await charts.gdpTooltipValue('Türkiye').textContent();
    const total = await charts.gdpTooltipTotal().textContent();
    expect(turkiye).toBe('$776 bn');
    expect(total).toBe('$1.09 tn');

    // The table's figures are in US$ bn, each column to one precision: the tooltip's, rounded to three digits.
    const table = await charts.showTable(charts.gdp);
    await expect(charts.gdp.locator('.data-table__caption')).toContainText('Figures in US$ billions.');
    await expect(table.getByRole('row', { name: /^2019 / })).toHaveAttribute('aria-current', 'true');
    await expect(await charts.tableCell(table, /^2019 /, 'Türkiye')).toHaveText('776');
    await expect(await charts.tableCell(table, /^2019 /, 'OTS total')).toHaveText('1,085');
    // Before Uzbekistan joined its cell is missing, never zero.
    await expect(await charts.tableCell(table, /^2018 /, 'Uzbekistan')).toContainText('not yet a member');
  });

  test('a trade figure’s tooltip says who stated it and when, as its table row does', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?year=2023');
    await atlas.waitForReady();
    await charts.tradeMark('intra-volume-2023-kassym-jomart-tokayev').scrollIntoViewIfNeeded();
    await charts.tradeMark('intra-volume-2023-kassym-jomart-tokayev').hover();
    await expect(charts.tradeTooltip()).toContainText('more than $22 bn');
    await expect(charts.tradeTooltip()).toContainText('Kassym-Jomart Tokayev');
    await expect(charts.tradeTooltip()).toContainText('3 November 2023');
    await expect(charts.tradeTooltip()).toContainText('Other figures for 2023');
    await page.mouse.move(0, 0);
    const table = await charts.showTable(charts.trade, /^Intra-OTS trade as reported/);
    const row = table.getByRole('row', { name: /^2023 Volume more than \$22 bn/ });
    await expect(row).toContainText('3 November 2023');
    await expect(row).toHaveAttribute('aria-current', 'true');
    await expect(charts.trade.getByRole('region', { name: /^Claim:/ })).toContainText('Cannot be checked');
  });

  test('everything the mouse does, the keyboard does: choose a state and a year', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?year=2019');
    await atlas.waitForReady();
    await charts.gdpSeries('Uzbekistan').focus();
    await page.keyboard.press('Enter');
    await atlas.expectQuery({ year: '2019', state: 'UZB' });
    await charts.expectHighlighted('Uzbekistan');

    await charts.gdpChart.focus();
    await page.keyboard.press('ArrowRight');
    await expect(charts.gdpTooltip()).toContainText('2001');
    await page.keyboard.press('Enter');
    await expect(atlas.year).toHaveValue('2001');
  });

  test('downloads the GDP numbers as CSV, with units and sources in the header', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto();
    await atlas.waitForReady();
    const download = await charts.download(charts.gdp);
    expect(download.suggestedFilename()).toBe('ots-gdp-2000-2025-members-since-joining.csv');
    const text = await readFile((await download.path()) ?? '', 'utf8');
    const lines = csvTextLines(text);
    expect(lines[0]).toBe('# OTS Atlas: GDP, members, 2000–2025');
    expect(lines.some((l) => l.startsWith('# Source: World Bank: World Development Indicators: GDP'))).toBe(true);
    expect(lines).toContain('year,Azerbaijan,Kazakhstan,Kyrgyzstan,Türkiye,Uzbekistan,OTS total,OTS total leaves out,missing values');
  });

  test('lines are drawn in when the view changes, and at once under reduced motion', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto();
    await atlas.waitForReady();
    expect(await charts.framesDrawingLines()).toBeGreaterThan(3);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await atlas.goto();
    await atlas.waitForReady();
    expect(await charts.framesDrawingLines()).toBe(1);
  });

  const SIZES = [[1280, 800], [1024, 768], [390, 844]] as const;
  const LINKS = ['?event=nakhchivan-2009', '?event=gabala-2025&state=TUR', '?scope=all&year=2000&corridor=middle-corridor'];
  for (const [width, height] of SIZES) {
    for (const link of LINKS) {
      test(`chart labels neither overlap nor stick out at ${width}×${height}, ${link}`, async ({ atlas, page }) => {
        await page.setViewportSize({ width, height });
        const charts = new ChartPanels(page);
        await atlas.goto(link);
        await atlas.waitForReady();
        for (const view of ['Total', 'By state', 'Per person'] as const) {
          await charts.chooseGdpView(view);
          await charts.gdp.scrollIntoViewIfNeeded();
          expect(await charts.labelProblems(charts.gdp), `GDP, ${view}`).toEqual({ overlapping: [], outside: [] });
        }
        await charts.trade.scrollIntoViewIfNeeded();
        expect(await charts.labelProblems(charts.trade), 'trade').toEqual({ overlapping: [], outside: [] });
      });
    }
  }
});
