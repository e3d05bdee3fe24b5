import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { MapPanel } from './pages/map-panel';
import { TimelinePanel } from './pages/timeline-panel';

test.describe('links and history', () => {
  test('a link with ?state=KAZ opens Kazakhstan’s details', async ({ atlas }) => {
    await atlas.goto('?state=KAZ');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    await expect(atlas.details.getByRole('heading', { name: 'Status history' })).toBeVisible();
    await expect(atlas.details).toContainText('Nakhchivan Agreement');
    await expect(atlas.details).toContainText('Astana');
  });

  test('selecting a state then going Back restores the previous view, and Forward returns', async ({ atlas, page }) => {
    await atlas.goto('?year=2019');
    await expect(atlas.detailsHeading('The OTS in 2019 (members)')).toBeVisible();
    await atlas.selectState('Uzbekistan');
    await expect(atlas.detailsHeading('Uzbekistan')).toBeVisible();
    await atlas.expectQuery({ state: 'UZB', year: '2019' });

    await page.goBack();
    await expect(atlas.detailsHeading('The OTS in 2019 (members)')).toBeVisible();
    await atlas.expectQuery({ year: '2019' });

    await page.goForward();
    await expect(atlas.detailsHeading('Uzbekistan')).toBeVisible();
    await expect(atlas.details).toContainText('Member in 2019');
  });

  test('an unknown value in a link is dropped, said so, and the rest still applies', async ({ atlas, page }) => {
    await atlas.goto('?state=XYZ&year=2018&scope=everyone');
    await expect(atlas.detailsHeading('The OTS in 2018 (members)')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored from the link' })).toContainText('state=XYZ');
    await atlas.expectQuery({ year: '2018' });
  });

  test('a link to Northern Cyprus shows its contested recognition and its figures as missing where they are', async ({ atlas }) => {
    await atlas.goto('?state=CYN&year=2023');
    await expect(atlas.detailsHeading('Northern Cyprus')).toBeVisible();
    await expect(atlas.details).toContainText('Recognised as a state only by Türkiye');
    await expect(atlas.figure('GDP, 2023')).toContainText('No 2023 figure');
  });

  test('an event and a year that disagree follow one rule: a link keeps the event; a year chosen later clears it', async ({ atlas, page }) => {
    const map = new MapPanel(page);
    const timeline = new TimelinePanel(page);
    const charts = new ChartPanels(page);
    const summit = '9th Summit, Samarkand, 11 November 2022';

    // A link naming both keeps the event, drops the year, and says so.
    await atlas.goto('?event=samarkand-2022&year=2010');
    await expect(atlas.detailsHeading('9th Summit')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored from the link' })).toContainText('year=2010 (the event is in 2022)');
    await expect(atlas.year).toHaveValue('2022');
    await expect(map.map).toHaveAccessibleName('Map of OTS members and observers in 2022, with corridors');
    await atlas.expectQuery({ event: 'samarkand-2022', year: '2022' });

    // The year list: another year clears the event; the map no longer marks Samarkand.
    await atlas.selectYear(2010);
    await expect(atlas.detailsHeading('The OTS in 2010 (members)')).toBeVisible();
    await atlas.expectQuery({ year: '2010' });
    await expect(map.status).not.toContainText('Samarkand');
    await expect(map.map.locator('.leaflet-marker-pane .map-event')).toHaveCount(0);
    await expect(atlas.announcement).toHaveText(`${summit} is no longer selected: it is in 2022, and 2010 was chosen. Overview of 2010 shown.`);

    // The timeline: selecting the event brings its year back.
    await timeline.drawn();
    await timeline.select(summit);
    await expect(atlas.year).toHaveValue('2022');
    await atlas.expectQuery({ event: 'samarkand-2022', year: '2022' });

    // The year's own steps: the previous year clears it too.
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect(atlas.detailsHeading('The OTS in 2021 (members)')).toBeVisible();
    await atlas.expectQuery({ year: '2021' });

    // A click on the GDP chart is a year chosen like any other; the event's own year keeps it.
    await timeline.select(summit);
    await charts.clickGdpYear(2022);
    await expect(atlas.detailsHeading('9th Summit')).toBeVisible();
    await charts.clickGdpYear(2015);
    await expect(atlas.detailsHeading('The OTS in 2015 (members)')).toBeVisible();
    await expect(timeline.events.locator('[aria-current="true"]')).toHaveCount(0);
    await atlas.expectQuery({ year: '2015' });
  });
});
