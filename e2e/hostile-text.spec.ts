import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MapPanel } from './pages/map-panel';
import { ChartPanels } from './pages/chart-panels';
import { TimelinePanel } from './pages/timeline-panel';
import { csvTextLines, PanelExports } from './pages/panel-exports';
import { readCsv } from '../src/test/csv-lines';

/**
 * Text from the dataset or a link is shown as text: markup in a name, a title or a note is displayed literally and
 * runs nothing. The dataset below is the real one with markup written into its free-text fields.
 */
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const KAZAKHSTAN = `Kazakhstan ${IMG}`;
const CORRIDOR = `Middle Corridor ${SCRIPT}`;
const CORRIDOR_NOTE = `Waypoints ${IMG}`;
const SUMMIT = `12th Summit ${SCRIPT}`;
const OUTCOME = `Gabala Declaration ${IMG}`;
const STATED_BY = `Halit Kanak ${SCRIPT}`;
const SPEAKER = `Luke Coffey ${IMG}`;

function hostileDataset(): string {
  const d = JSON.parse(readFileSync(new URL('../public/data/ots.json', import.meta.url), 'utf8'));
  type Row = { id: string; name?: string; title?: string; note?: string; outcomes?: string[]; statedBy?: string; speaker?: { name: string } };
  const find = (list: Row[], id: string) => list.find((item) => item.id === id)!;
  find(d.entities, 'KAZ').name = KAZAKHSTAN;
  Object.assign(find(d.corridors, 'middle-corridor'), { name: CORRIDOR, note: CORRIDOR_NOTE });
  const summit = find(d.events, 'gabala-2025');
  summit.title = SUMMIT;
  summit.outcomes![0] = OUTCOME;
  find(d.trade, 'intra-volume-2014-halit-kanak').statedBy = STATED_BY;
  find(d.claims, 'coffey-population').speaker!.name = SPEAKER;
  return JSON.stringify(d);
}

/** Nothing the markup would have done has happened: no flag set, no image or script element made from it. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('__pwned')).length)).toBe(0);
}

test.describe('text from the dataset and links is shown as text', () => {
  test.beforeEach(async ({ page }) => {
    const body = hostileDataset();
    await page.route('**/data/ots.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  });

  test('markup in names, titles and notes is shown literally in every view and runs nothing', async ({ atlas, page }) => {
    const map = new MapPanel(page);
    const charts = new ChartPanels(page);
    const timeline = new TimelinePanel(page);
    await atlas.goto();
    await atlas.waitForReady();

    // Map: the label on the map (a name this long is shortened there), the keyboard list and the tooltip.
    await expect(map.map.locator('.map-label__text').filter({ hasText: new RegExp(`^${literal(KAZAKHSTAN.slice(0, 20))}.*…$`) })).toHaveCount(1);
    await expect(map.stateButton(KAZAKHSTAN)).toBeVisible();
    await expect(map.corridorButton(CORRIDOR)).toBeVisible();
    await map.hoverShape('KAZ');
    await expect(map.tooltip(KAZAKHSTAN)).toBeVisible();

    // Charts: the GDP key and table, the trade table.
    await expect(charts.gdpSeries(KAZAKHSTAN)).toBeVisible();
    const gdpTable = await charts.showTable(charts.gdp);
    await expect(gdpTable.getByRole('columnheader', { name: KAZAKHSTAN })).toBeVisible();
    const tradeTable = await charts.showTable(charts.trade, /^Intra-OTS trade as reported/);
    await expect(tradeTable.getByRole('cell', { name: STATED_BY })).toBeVisible();

    // Details of the state, reached from the map's list.
    await map.stateButton(KAZAKHSTAN).click();
    await expect(atlas.detailsHeading(KAZAKHSTAN)).toBeVisible();

    // The timeline, and the details of its event.
    const summit = timeline.event(new RegExp(`^${literal(SUMMIT)}, Gabala`));
    await expect(summit).toBeVisible();
    await summit.click();
    await expect(atlas.detailsHeading(SUMMIT)).toBeVisible();
    await expect(atlas.details.getByText(OUTCOME, { exact: true })).toBeVisible();

    // A claim's speaker, in the claims view.
    const claims = page.getByRole('region', { name: 'Claims about the OTS', exact: true });
    await claims.scrollIntoViewIfNeeded();
    await expect(claims.getByText(`${SPEAKER}, late 2025`, { exact: true })).toBeVisible();

    // A corridor and its note.
    await map.corridorButton(CORRIDOR).click();
    await expect(atlas.detailsHeading(CORRIDOR)).toBeVisible();
    await expect(atlas.details.getByText(CORRIDOR_NOTE, { exact: true })).toBeVisible();

    await expectNothingRan(page);
  });

  test('markup in a link is shown literally in the notice of ignored values and runs nothing', async ({ atlas, page }) => {
    await page.goto(`./?state=${encodeURIComponent(SCRIPT)}&corridor=${encodeURIComponent(IMG)}`);
    await atlas.waitForReady();
    const notice = page.getByRole('status').filter({ hasText: 'Ignored from the link' });
    await expect(notice.getByText(`state=${SCRIPT}`, { exact: true })).toBeVisible();
    await expect(notice.getByText(`corridor=${IMG}`, { exact: true })).toBeVisible();
    await expect(atlas.detailsHeading(/^The OTS in 2025/)).toBeVisible();
    await expectNothingRan(page);
  });
});

const DATASET = readFileSync(new URL('../public/data/ots.json', import.meta.url), 'utf8');

/** How wide the page is laid out: wider than the window means a sideways scroll nobody asked for. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe('long and hostile text is contained', () => {
  // The longest name and title the schema allows, without a single space.
  const NAME = 'K'.repeat(200);
  const TITLE = 'T'.repeat(500);

  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    test(`a name of 200 characters wraps or is shortened, never widens the page, and is shown whole somewhere (${width}×${height})`, async ({ atlas, page }) => {
      await page.setViewportSize({ width, height });
      const d = JSON.parse(DATASET);
      d.entities.find((e: { id: string }) => e.id === 'KAZ').name = NAME;
      d.events.find((e: { id: string }) => e.id === 'gabala-2025').title = TITLE;
      const body = JSON.stringify(d);
      await page.route('**/data/ots.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      await atlas.goto('?state=KAZ');
      await atlas.waitForReady();
      expect(await pageWidth(page)).toBe(width);
      // Whole in the details (on a phone, in the sheet its bar opens); shortened on the map.
      const openSheet = async () => {
        if (width < 700) await page.getByRole('button', { name: /^Details: / }).click();
      };
      await openSheet();
      await expect(atlas.detailsHeading(NAME)).toBeVisible();
      await expect(page.locator('.map-label__text').filter({ hasText: /^K+…$/ })).toHaveCount(1);
      await page.goto('./?event=gabala-2025');
      await atlas.waitForReady();
      await openSheet();
      await expect(atlas.detailsHeading(TITLE)).toBeVisible();
      expect(await pageWidth(page)).toBe(width);
    });
  }

  test('a file with figures, bounds, names or addresses beyond sense is refused, naming each, and the atlas stays', async ({ atlas }) => {
    await atlas.goto('?state=KAZ');
    await atlas.waitForReady();
    const d = JSON.parse(DATASET);
    d.region.bounds = [[-1e308, -1e308], [1e308, 1e308]];
    d.indicators.gdp.series[0].points[0].value = 1e308;
    d.entities[0].name = 'N'.repeat(100_000);
    const schemes = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://example.org/1'];
    schemes.forEach((url, i) => (d.sources[i].url = url));
    await atlas.openDatasetFile('beyond.json', JSON.stringify(d));
    await expect(atlas.alert).toContainText('Could not open beyond.json');
    await expect(atlas.alert).toContainText('region.bounds[0][0]');
    await expect(atlas.alert).toContainText('more problems');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    // No link of any other scheme is anywhere on the page.
    expect(await atlas.page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '').filter((h) => /^(javascript|data|vbscript|file|blob):/i.test(h)))).toEqual([]);
  });

  test('text from a dataset in a CSV export can neither start a cell nor a formula, in comment lines too', async ({ atlas, page }) => {
    const d = JSON.parse(DATASET);
    const evil = 'Evil,=HYPERLINK("http://evil.example/pub"),+1,@SUM(A1)';
    for (const source of d.sources) source.publisher = evil;
    d.indicators.gdp.unit = 'US$,=1+1';
    d.entities.find((e: { id: string }) => e.id === 'KAZ').name = 'Kazakhstan,=2+2';
    const body = JSON.stringify(d);
    await page.route('**/data/ots.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await atlas.goto();
    await atlas.waitForReady();
    const file = await new PanelExports(page, new MapPanel(page).panel).download('CSV data');
    const text = file.bytes.toString('utf8');
    const cells = readCsv(text);
    expect(cells.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    // Each comment line is one cell, and says what it said.
    const comments = cells.filter((row) => row[0]?.startsWith('# '));
    expect(comments.length).toBeGreaterThan(3);
    expect(comments.every((row) => row.length === 1)).toBe(true);
    expect(csvTextLines(text).some((line) => line.includes(`# Source: ${evil}`))).toBe(true);
  });

  test('a hostile link is echoed short, and what the atlas writes keeps none of what it did not use', async ({ atlas, page }) => {
    const repeats = Array.from({ length: 10_000 }, () => 'state=KAZ').join('&');
    // A link of 190 KB: more than the test server takes in a request line, so the page is served as for a plain
    // link; the browser keeps the whole address, which is what the atlas reads.
    await page.route(/\/\?state=KAZ&/, async (route) => route.fulfill({ response: await route.fetch({ url: new URL('./', route.request().url()).href }) }));
    await page.goto(`./?${repeats}&x=${'x'.repeat(100_000)}&year=2019`);
    await atlas.waitForReady();
    const notice = page.getByRole('status').filter({ hasText: 'Ignored from the link' });
    await expect(notice).toContainText('state=KAZ (repeated 9999 more times; the first value was used)');
    await expect(notice).toContainText('(100,000 characters) (not a parameter of the atlas)');
    expect(((await notice.textContent()) ?? '').length).toBeLessThan(400);
    expect(await notice.locator('*').count()).toBeLessThan(20);
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    // The address, and so Copy link and the embed code, hold the view and nothing else.
    await atlas.expectQuery({ state: 'KAZ', year: '2019' });
    const dialog = await new PanelExports(page, new ChartPanels(page).gdp).openEmbed();
    const code = await dialog.getByRole('textbox').inputValue();
    expect(code).not.toContain('x=');
    expect(code.length).toBeLessThan(400);
  });
});


/** A regular expression source matching `text` exactly. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
