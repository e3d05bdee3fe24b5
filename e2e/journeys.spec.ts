import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { AtlasPage } from './pages/atlas-page';
import { MapPanel } from './pages/map-panel';
import { ChartPanels } from './pages/chart-panels';
import { TimelinePanel } from './pages/timeline-panel';

/**
 * One selection, every view: each journey makes a selection in one view, checks that every other view follows,
 * then checks the same from the permalink and through Back and Forward. The fixtures fail any journey that logs a
 * console error.
 */
function views(page: Page) {
  return { map: new MapPanel(page), charts: new ChartPanels(page), timeline: new TimelinePanel(page) };
}
type Views = ReturnType<typeof views>;

async function expectOverview(atlas: AtlasPage, { map, charts, timeline }: Views, year = 2025) {
  await expect(atlas.detailsHeading(`The OTS in ${year} (members)`)).toBeVisible();
  await expect(atlas.year).toHaveValue(String(year));
  await expect(map.states.getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(map.corridors.getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(charts.gdpLegend.getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(timeline.events.locator('[aria-current="true"]')).toHaveCount(0);
  expect(Number(await map.shape('TUR').getAttribute('fill-opacity'))).toBe(1);
}

async function expectKazakhstan(atlas: AtlasPage, { map, charts, timeline }: Views) {
  await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  await expect(map.stateButton('Kazakhstan')).toHaveAttribute('aria-pressed', 'true');
  await charts.expectHighlighted('Kazakhstan');
  expect(await timeline.hostedBy('Kazakhstan')).toEqual(
    expect.arrayContaining([expect.stringMatching(/^1st Summit, Almaty/), expect.stringMatching(/^10th Summit, Astana/)]),
  );
}

async function expectMiddleCorridor(atlas: AtlasPage, { map, charts }: Views) {
  await expect(atlas.detailsHeading(/^Middle Corridor/)).toBeVisible();
  for (const id of ['KAZ', 'AZE', 'TUR']) await expect(map.shape(id)).toHaveAttribute('stroke', '#000000');
  expect(Number(await map.shape('UZB').getAttribute('fill-opacity'))).toBeLessThan(0.5);
  await charts.expectHighlighted('Kazakhstan', 'Azerbaijan', 'Türkiye');
  await expect(charts.gdpSeries('Uzbekistan')).toHaveAttribute('aria-pressed', 'false');
}

async function expectGabala(atlas: AtlasPage, { map, charts, timeline }: Views) {
  await expect(atlas.detailsHeading('12th Summit')).toBeVisible();
  await expect(atlas.details).toContainText('Gabala Declaration');
  await expect(atlas.year).toHaveValue('2025');
  await timeline.expectSelected('12th Summit, Gabala, 7 October 2025');
  await expect(map.status).toContainText('Host city marked on the map: 12th Summit, Gabala, 7 October 2025');
  await expect(charts.gdp.locator('.chart-marker--event')).toContainText('12th Summit');
}

async function expect2018(atlas: AtlasPage, { map, charts }: Views) {
  await expect(atlas.detailsHeading('The OTS in 2018 (members)')).toBeVisible();
  await expect(atlas.figure('Members')).toContainText('4');
  await expect(atlas.details.getByRole('list', { name: 'Members in 2018' })).not.toContainText('Uzbekistan');
  await expect(map.shape('UZB')).not.toHaveAttribute('data-status', 'member');
  await expect(map.shape('KAZ')).toHaveAttribute('data-status', 'member');
  const table = await charts.showTable(charts.gdp);
  await expect(await charts.tableCell(table, /^2018/, 'Uzbekistan')).toContainText(/not yet a member/i);
}

test.describe('one selection, every view', () => {
  test('1. a state selected on the map: charts, timeline and details follow; link, Back and Forward agree', async ({ atlas, page }) => {
    const v = views(page);
    await atlas.goto();
    await v.map.waitForDrawn();
    await v.map.clickShape('KAZ');
    await expectKazakhstan(atlas, v);
    await atlas.expectQuery({ state: 'KAZ' });

    await page.goBack();
    await expectOverview(atlas, v);
    await page.goForward();
    await expectKazakhstan(atlas, v);

    await atlas.goto('?state=KAZ');
    await expectKazakhstan(atlas, v);
  });

  test('2. a corridor: the states it crosses are highlighted on the map and in the charts; the details show it', async ({ atlas, page }) => {
    const v = views(page);
    await atlas.goto();
    await v.map.corridorButton(/^Middle Corridor/).click();
    await expectMiddleCorridor(atlas, v);
    await atlas.expectQuery({ corridor: 'middle-corridor' });

    await page.goBack();
    await expectOverview(atlas, v);
    await page.goForward();
    await expectMiddleCorridor(atlas, v);

    await atlas.goto('?corridor=middle-corridor');
    await expectMiddleCorridor(atlas, v);
  });

  test('3. the 12th Summit in Gabala: 2025 everywhere, Gabala marked, the Gabala Declaration in the details', async ({ atlas, page }) => {
    const v = views(page);
    await atlas.goto('?year=2019');
    await v.timeline.select('12th Summit, Gabala, 7 October 2025');
    await expectGabala(atlas, v);
    await atlas.expectQuery({ event: 'gabala-2025' });

    await page.goBack();
    await expectOverview(atlas, v, 2019);
    await page.goForward();
    await expectGabala(atlas, v);

    await atlas.goto('?event=gabala-2025');
    await expectGabala(atlas, v);
  });

  test('4. the year set to 2018: Uzbekistan is not yet a member on the map, in the totals and the key figures', async ({ atlas, page }) => {
    const v = views(page);
    await atlas.goto();
    await atlas.selectYear(2018);
    await expect2018(atlas, v);
    await atlas.expectQuery({ year: '2018' });

    await page.goBack();
    await expectOverview(atlas, v);
    await page.goForward();
    await expect(atlas.detailsHeading('The OTS in 2018 (members)')).toBeVisible();

    await atlas.goto('?year=2018');
    await expect2018(atlas, v);
  });

  test('5. clearing the selection returns every view to the overview', async ({ atlas, page }) => {
    const v = views(page);
    await atlas.goto('?state=KAZ');
    await expectKazakhstan(atlas, v);
    await atlas.backToOverview();
    await expectOverview(atlas, v);
    await atlas.expectQuery({});

    await page.goBack();
    await expectKazakhstan(atlas, v);
    await page.goForward();
    await expectOverview(atlas, v);
  });
});
