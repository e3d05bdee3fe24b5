import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, expectConsoleErrors } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { recordMainThreadParsing, recordWorkers } from './pages/main-thread';
import { largeValidDataset, manyBadSources } from '../scripts/big-datasets';

const DATASET = readFileSync(new URL('../public/data/ots.json', import.meta.url), 'utf8');

test.describe('bad data', () => {
  test('a dataset that breaks the schema shows an alert naming the file and the problem, and Retry recovers', async ({ atlas, page }) => {
    const broken = JSON.parse(DATASET);
    broken.entities[1].capital.location.lat = 'north';
    await page.route('**/data/ots.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }));
    await atlas.goto();
    await expect(atlas.alert).toContainText('Could not load the dataset ots.json');
    await expect(atlas.alert).toContainText('entities[1].capital.location.lat');
    await expect(atlas.alert).toContainText('expected number');

    await page.unroute('**/data/ots.json');
    await atlas.alert.getByRole('button', { name: 'Retry' }).click();
    await expect(atlas.detailsHeading(/The OTS in 2025/)).toBeVisible();
  });

  test('invalid JSON and a failed fetch are reported, never a blank page', async ({ atlas, page }) => {
    expectConsoleErrors();
    await page.route('**/data/ots.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"schemaVersion": 1,' }));
    await atlas.goto();
    await expect(atlas.alert).toContainText('ots.json is not valid JSON');

    await page.unroute('**/data/ots.json');
    await page.route('**/data/ots.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await atlas.alert.getByRole('button', { name: 'Retry' }).click();
    await expect(atlas.alert).toContainText('HTTP 404');
    await expect(page.getByRole('button', { name: 'Open dataset…' })).toBeVisible();
  });

  test('a panel whose code fails to download says so, the others work, and Retry downloads it again', async ({ atlas, page }) => {
    expectConsoleErrors();
    // The GDP panel's chunk cannot be fetched until the network is back.
    let networkDown = true;
    let refused = 0;
    await page.route(/\/assets\/GdpPanel-[^/]+\.js$/, (route) => {
      if (!networkDown) return route.continue();
      refused++;
      return route.abort('internetdisconnected');
    });
    await atlas.goto('?state=KAZ');
    const gdp = page.locator('.layout__slot--gdp');
    await expect(gdp.getByRole('alert')).toContainText('The GDP panel could not be downloaded');
    // The rest of the atlas is unaffected.
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    await atlas.selectYear(2019);
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();

    expect(refused).toBeGreaterThan(0);

    networkDown = false;
    await gdp.getByRole('button', { name: 'Retry' }).click();
    await expect(gdp.getByRole('alert')).toHaveCount(0);
    await expect(new ChartPanels(page).gdpChart).toBeVisible();
  });

  test('a bad file opened by the user is reported and the dataset in use stays in place', async ({ atlas }) => {
    await atlas.goto('?state=KAZ');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();

    const bad = JSON.parse(DATASET);
    bad.indicators.gdp.series[0].points[3].value = -1;
    await atlas.openDatasetFile('edited.json', JSON.stringify(bad));
    await expect(atlas.alert).toContainText('Could not open edited.json');
    await expect(atlas.alert).toContainText('indicators.gdp.series[0].points[3].value');
    await expect(atlas.alert).toContainText('The dataset in use (ots.json) is unchanged');
    // The user's view is untouched.
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    await atlas.expectQuery({ state: 'KAZ' });

    await atlas.openDatasetFile('notes.json', 'not json at all');
    await expect(atlas.alert).toContainText('notes.json is not valid JSON');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  });

  test('a valid file opened by the user replaces the dataset', async ({ atlas, page }) => {
    await atlas.goto();
    const edited = JSON.parse(DATASET);
    edited.title = 'An edited copy of the atlas dataset';
    await atlas.openDatasetFile('copy.json', JSON.stringify(edited));
    await expect(page.getByRole('status').filter({ hasText: 'Opened copy.json' })).toBeVisible();
    await expect(page.getByText('An edited copy of the atlas dataset')).toBeVisible();
  });

  test('a 50 MB file is read and checked off the main thread, with its progress, and can be cancelled', async ({ atlas, page }, testInfo) => {
    const parsing = await recordMainThreadParsing(page);
    const workers = recordWorkers(page);
    const file = testInfo.outputPath('big.json');
    const text = largeValidDataset();
    writeFileSync(file, text);
    const sources = (JSON.parse(text) as { sources: unknown[] }).sources.length;
    await atlas.goto('?state=KAZ');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();

    // Opening it shows which step it is at; Cancel stops it and leaves the dataset in use alone.
    await atlas.openDatasetPath(file);
    const notice = atlas.openingNotice('big.json');
    await expect(notice.getByRole('status')).toHaveText('Opening big.json…');
    await expect(notice).toContainText(/Step \d of 4: /);
    await expect(notice.getByRole('progressbar', { name: 'Opening big.json' })).toBeVisible();
    await notice.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Stopped opening big.json' })).toContainText('The dataset in use (ots.json) is unchanged');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();

    // Opened to the end, it replaces the dataset; the page never parsed it itself.
    await atlas.openDatasetPath(file);
    await expect(page.getByRole('status').filter({ hasText: 'Opened big.json' })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.app-footer')).toContainText(`${sources} sources in big.json`);
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    expect(await parsing.longest()).toBeLessThan(1_000_000);
    expect(workers.filter((url) => /\/assets\/dataset-worker-[^/]+\.js$/.test(url))).toHaveLength(2);

    // And there is a way back to the dataset the atlas ships with.
    await page.getByRole('banner').getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Back to the bundled dataset, ots.json; big.json is closed' })).toBeVisible();
    await expect(page.locator('.app-footer')).toContainText('sources in ots.json');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Back to the bundled dataset' })).toHaveCount(0);
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  });

  test('a file with a hundred thousand problems lists the first ones and how many more, and the page keeps working', async ({ atlas }) => {
    await atlas.goto();
    await atlas.waitForReady();
    await atlas.openDatasetFile('broken-sources.json', manyBadSources(30_000));
    await expect(atlas.alert).toContainText('Could not open broken-sources.json');
    await expect(atlas.alert).toContainText('checking stopped after 100,000 problems');
    await expect(atlas.alert).toContainText('…and at least 99,995 more problems.');
    await expect(atlas.alert.getByRole('listitem')).toHaveCount(5);
    // The first bad source follows the shipped ones.
    await expect(atlas.alert.getByRole('listitem').first()).toContainText(`sources[${JSON.parse(DATASET).sources.length}].id`);
    await atlas.selectYear(2019);
    await expect(atlas.detailsHeading(/^The OTS in 2019/)).toBeVisible();
  });

  test('opening a file does not wait for the network, even once the browser has said it is offline', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.waitForReady();
    await page.evaluate(() => window.dispatchEvent(new Event('offline')));
    const edited = JSON.parse(DATASET);
    edited.title = 'Opened while offline';
    await atlas.openDatasetFile('offline.json', JSON.stringify(edited));
    await expect(page.getByRole('status').filter({ hasText: 'Opened offline.json' })).toBeVisible();
    await expect(page.getByText('Opened while offline')).toBeVisible();
  });

  test('the briefing editor and briefing mode whose code cannot be downloaded say so, in place, and never blank the page', async ({ atlas, page }) => {
    expectConsoleErrors();
    // Offline: the editor's chunk does not arrive until the network is back.
    let offline = true;
    await page.route(/\/assets\/BriefingEditor-[^/]+\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await atlas.goto('?state=KAZ');
    await atlas.waitForReady();
    await page.getByRole('button', { name: 'Briefing…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Briefing' });
    await expect(dialog.getByRole('alert')).toContainText('The briefing editor could not be downloaded');
    await expect(page.getByRole('heading', { name: 'OTS Atlas', level: 1 })).toBeVisible();
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    offline = false;
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await expect(dialog.getByRole('button', { name: 'Add the current view as a slide' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A tab left open across a redeploy: the layout's chunk has a new name, and the old one is gone.
    await page.route(/\/assets\/BriefingLayout-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.getByRole('button', { name: 'Briefing…' }).click();
    await dialog.getByRole('button', { name: 'Present', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Briefing mode could not be downloaded: the atlas has been updated');
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    // Leaving keeps the first slide's view on screen, as leaving a slide always does.
    await page.getByRole('button', { name: 'Leave briefing' }).click();
    await expect(atlas.detailsHeading(/^The OTS in 2025/)).toBeVisible();

    // The exporters too: said, and choosing again downloads them again.
    let exportersDown = true;
    await page.route(/\/assets\/panel-export-[^/]+\.js$/, (route) => (exportersDown ? route.abort('internetdisconnected') : route.continue()));
    const timeline = page.getByRole('region', { name: 'Summits and milestones' });
    await timeline.getByRole('button', { name: /^Export / }).click();
    await timeline.getByRole('button', { name: /^Download CSV data of/ }).click();
    await expect(timeline).toContainText('The CSV could not be made: its code could not be downloaded. Choose it again to retry.');
    exportersDown = false;
    const download = page.waitForEvent('download');
    await timeline.getByRole('button', { name: /^Export / }).click();
    await timeline.getByRole('button', { name: /^Download CSV data of/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });
});
