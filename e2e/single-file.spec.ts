import { readFileSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { MapPanel } from './pages/map-panel';
import { TimelinePanel } from './pages/timeline-panel';
import { recordMainThreadParsing, recordWorkers } from './pages/main-thread';

// These run in the `single-file` project: its base URL is the folder of the single file on disk (file://).
const FILE = 'ots-atlas.html';
const DATASET = readFileSync(new URL('../public/data/ots.json', import.meta.url), 'utf8');

/** Every URL the page asks for, from the start. */
function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('the README gives the single file’s size as it is built, to a tenth of a megabyte', () => {
  const dir = process.env.E2E_SINGLE_DIST ?? 'dist-single';
  const megabytes = statSync(`${dir}/${FILE}`).size / 1e6;
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const stated = /`dist-single\/ots-atlas\.html` \(about ([\d.]+) MB\)/.exec(readme)?.[1];
  expect(stated, 'the README states the size').toBeDefined();
  expect(Number(stated)).toBe(Math.round(megabytes * 10) / 10);
});

test.describe('the single file, opened from disk', () => {
  test('draws the map, the charts and the timeline, and a selection reaches every view, with nothing fetched', async ({ atlas, page }) => {
    const requests = recordRequests(page);
    await page.goto(`./${FILE}`);
    expect(new URL(page.url()).protocol).toBe('file:');
    await atlas.waitForReady();

    const map = new MapPanel(page);
    const charts = new ChartPanels(page);
    const timeline = new TimelinePanel(page);
    await expect(map.shape('KAZ')).toBeVisible();
    await expect(map.corridorLines('middle-corridor').first()).toBeVisible();
    await expect(charts.gdpChart.locator('path[data-series]').first()).toBeVisible();
    await expect(charts.volumeChart).toBeVisible();
    await expect(timeline.event('12th Summit, Gabala, 7 October 2025')).toBeVisible();
    await expect(atlas.figure('GDP, 2025')).toContainText('$2.15 tn');

    await map.clickShape('KAZ');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    await atlas.expectQuery({ state: 'KAZ' });
    await charts.expectHighlighted('Kazakhstan');
    await timeline.select('12th Summit, Gabala, 7 October 2025');
    await timeline.expectSelected('12th Summit, Gabala, 7 October 2025');
    await atlas.expectQuery({ event: 'gabala-2025' });
    await page.goBack();
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();

    // The file itself and data: URLs (icon, images inlined in the styles); nothing else, not even beside the file.
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([new URL(FILE, page.url()).href.split('?')[0]]);
  });

  test('opens at the view a link names', async ({ atlas, page }) => {
    await page.goto(`./${FILE}?corridor=middle-corridor&year=2019`);
    await expect(atlas.detailsHeading(/^Middle Corridor/)).toBeVisible();
    await expect(atlas.year).toHaveValue('2019');
  });

  test('presents the shipped briefing, carried in the file', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(`./${FILE}?slide=2`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gabala, 7 October 2025: the 12th Summit');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('progressbar')).toHaveAccessibleName(/^Slide 3 of \d+$/);
    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([
      `${new URL(FILE, page.url()).href.split('?')[0]}?slide=2`,
    ]);
  });

  test('opens another dataset file, validated as in the hosted atlas, in a worker it carries itself', async ({ atlas, page }) => {
    const parsing = await recordMainThreadParsing(page);
    const workers = recordWorkers(page);
    await page.goto(`./${FILE}`);
    await atlas.waitForReady();
    const edited = JSON.parse(DATASET);
    edited.title = 'An edited copy of the atlas dataset';
    // Two megabytes of extra sources: far larger than anything the page itself parses.
    const model = edited.sources[0];
    for (let i = 0; i < 4000; i++) edited.sources.push({ ...model, id: `copy-${i}`, title: `${model.title} (copy ${i})`.padEnd(400, '.') });
    await atlas.openDatasetFile('copy.json', JSON.stringify(edited));
    await expect(page.getByRole('status').filter({ hasText: 'Opened copy.json' })).toBeVisible();
    await expect(page.getByText('An edited copy of the atlas dataset')).toBeVisible();
    // Started from code the file carries (a blob: URL: a page opened from disk cannot load a second file).
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => url.startsWith('blob:'))).toBe(true);
    expect(await parsing.longest()).toBeLessThan(1_000_000);

    edited.entities[1].capital.location.lat = 'north';
    await atlas.openDatasetFile('broken.json', JSON.stringify(edited));
    await expect(atlas.alert).toContainText('entities[1].capital.location.lat');
    await expect(page.getByText('An edited copy of the atlas dataset')).toBeVisible();
  });
});
