import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MapPanel } from './pages/map-panel';
import { ChartPanels } from './pages/chart-panels';
import { TimelinePanel } from './pages/timeline-panel';

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

    // Map: the label on the map, the keyboard list and the tooltip.
    await expect(map.map.locator('.map-label__text').filter({ hasText: KAZAKHSTAN })).toHaveCount(1);
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

/** A regular expression source matching `text` exactly. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
