import type { Locator } from '@playwright/test';
import { test, expect, expectForeignRequests } from './fixtures';
import { MapPanel } from './pages/map-panel';
import { csvLines, PanelExports } from './pages/panel-exports';

/** A 1×1 transparent PNG, served in place of OpenStreetMap's tiles (the network is closed in tests). */
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const TILE_URL = /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/;

/** The entities at the region's four edges: when they are on the map, the whole region is. */
const REGION_EDGES = ['HUN', 'KAZ', 'TUR', 'KGZ'];
const ALL_NAMES = ['Azerbaijan', 'Hungary', 'Kazakhstan', 'Kyrgyzstan', 'Northern Cyprus', 'Turkmenistan', 'Türkiye', 'Uzbekistan'];

async function strokeWidth(locator: Locator) {
  return Number(await locator.getAttribute('stroke-width'));
}

test.describe('the map', () => {
  let map: MapPanel;
  test.beforeEach(async ({ page }) => {
    map = new MapPanel(page);
  });

  test('clicking Kazakhstan on the map selects it; the sea and Escape clear the selection', async ({ atlas }) => {
    await atlas.goto();
    await map.waitForDrawn();
    await map.shape('KAZ').click();
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    await atlas.expectQuery({ state: 'KAZ' });
    // Outlined, the others dimmed.
    expect(await strokeWidth(map.shape('KAZ'))).toBeGreaterThan(await strokeWidth(map.shape('UZB')));
    expect(Number(await map.shape('TUR').getAttribute('fill-opacity'))).toBeLessThan(0.5);
    await expect(map.stateButton('Kazakhstan')).toHaveAttribute('aria-pressed', 'true');
    // Another state, straight after: it replaces the selection (the click is not also taken for one on the sea).
    await map.clickShape('TUR');
    await expect(atlas.detailsHeading('Türkiye')).toBeVisible();
    await atlas.expectQuery({ state: 'TUR' });
    await map.shape('KAZ').click();
    await atlas.expectQuery({ state: 'KAZ' });

    await map.clickSea();
    await expect(atlas.detailsHeading(/^The OTS in 2025/)).toBeVisible();
    await atlas.expectQuery({});
    expect(Number(await map.shape('TUR').getAttribute('fill-opacity'))).toBe(1);

    await map.shape('KAZ').click();
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    await map.page.keyboard.press('Escape');
    await atlas.expectQuery({});
  });

  test('selecting a corridor highlights the states it crosses and fits the map to it', async ({ atlas }) => {
    await atlas.goto();
    await map.waitForDrawn();
    const before = await map.corridorLines('baku-tbilisi-ceyhan').first().boundingBox();

    await map.corridorButton('Baku–Tbilisi–Ceyhan (BTC) oil pipeline').click();
    await atlas.expectQuery({ corridor: 'baku-tbilisi-ceyhan' });
    await expect(atlas.detailsHeading('Baku–Tbilisi–Ceyhan (BTC) oil pipeline')).toBeVisible();
    // The states it crosses are outlined; the others dimmed.
    for (const id of ['AZE', 'TUR']) await expect(map.shape(id)).toHaveAttribute('stroke', '#000000');
    expect(Number(await map.shape('KAZ').getAttribute('fill-opacity'))).toBeLessThan(0.5);
    // The map zooms in on it: the line is drawn larger, and whole, inside the map.
    await expect
      .poll(async () => (await map.corridorLines('baku-tbilisi-ceyhan').first().boundingBox())?.width ?? 0)
      .toBeGreaterThan((before?.width ?? 0) * 1.5);
    const line = (await map.corridorLines('baku-tbilisi-ceyhan').first().boundingBox())!;
    const frame = (await map.map.boundingBox())!;
    expect(line.x).toBeGreaterThanOrEqual(frame.x);
    expect(line.x + line.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(line.y).toBeGreaterThanOrEqual(frame.y);
    expect(line.y + line.height).toBeLessThanOrEqual(frame.y + frame.height);
  });

  test('a corridor clicked on the map is selected, and one selected elsewhere is highlighted', async ({ atlas, page }) => {
    await atlas.goto('?state=KGZ');
    await map.waitForDrawn();
    // From the details panel (elsewhere): Kyrgyzstan's corridors.
    await atlas.details.getByRole('button', { name: 'China–Kyrgyzstan–Uzbekistan', exact: true }).click();
    await atlas.expectQuery({ corridor: 'china-kyrgyzstan-uzbekistan' });
    for (const id of ['KGZ', 'UZB']) await expect(map.shape(id)).toHaveAttribute('stroke', '#000000');
    await expect(map.corridorButton(/^China–Kyrgyzstan–Uzbekistan/)).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Escape'); // focus is in the details panel: the map does not take Escape from it
    await atlas.expectQuery({ corridor: 'china-kyrgyzstan-uzbekistan' });
    await map.corridorButton(/^China–Kyrgyzstan–Uzbekistan/).click(); // pressing the selected one clears it
    await atlas.expectQuery({});

    await map.clickCorridorOnMap('southern-gas-corridor');
    await atlas.expectQuery({ corridor: 'southern-gas-corridor' });
    await expect(atlas.detailsHeading(/^Southern Gas Corridor/)).toBeVisible();
  });

  test('recolours the states with the year: Uzbekistan is a member from 2019, not in 2018', async ({ atlas }) => {
    await atlas.goto();
    await map.waitForDrawn();
    await atlas.selectYear(2018);
    await expect(map.shape('UZB')).toHaveAttribute('data-status', 'none');
    await expect(map.shape('UZB')).toHaveAttribute('stroke-dasharray', '1 4');
    await expect(map.shape('HUN')).toHaveAttribute('data-status', 'observer');
    await map.hoverShape('UZB');
    await expect(map.tooltip('Uzbekistan')).toContainText('Not yet a member or observer in 2018 (member from 15 October 2019)');

    await atlas.selectYear(2019);
    await expect(map.shape('UZB')).toHaveAttribute('data-status', 'member');
    await expect(map.shape('UZB')).toHaveAttribute('fill', await map.shape('KAZ').getAttribute('fill') ?? 'no fill');
    await expect(map.shape('UZB')).not.toHaveAttribute('stroke-dasharray', /./);
    await expect(map.tooltip('Uzbekistan')).toContainText('Member in 2019 (since 15 October 2019)');
  });

  test('tooltips give figures with their source, on hover and on keyboard focus', async ({ atlas, page }) => {
    await atlas.goto('?year=2024');
    await map.waitForDrawn();
    await map.stateButton('Kazakhstan').focus();
    const kazakhstan = map.tooltip('Kazakhstan');
    await expect(kazakhstan).toContainText('Member in 2024 (since 3 October 2009)');
    await expect(kazakhstan).toContainText('Population, 2024');
    await expect(kazakhstan).toContainText('20.6 million · World Bank');
    await expect(kazakhstan).toContainText('Source: Küre Ansiklopedi');
    await page.keyboard.press('Tab');
    await expect(map.tooltip('Kyrgyzstan')).toBeVisible();
    await expect(kazakhstan).toHaveCount(0);

    await map.corridorButton(/^Middle Corridor/).hover();
    const corridor = map.tooltip('Middle Corridor');
    await expect(corridor).toContainText('Road, rail and sea (multimodal) · Operational');
    await expect(corridor).toContainText('Length4,256 km');
    await expect(corridor).toContainText('Source:');

    await map.hoverShape('TUR');
    await expect(map.tooltip('Türkiye')).toContainText('GDP, 2024');
  });

  test('in 2010 the map, its lists, its tooltips and its CSV agree on each corridor’s status that year', async ({ atlas, page }) => {
    await atlas.goto('?year=2010');
    await map.waitForDrawn();
    // What each says, corridor by corridor: BTK opened in 2017 and the Southern Gas Corridor from 2018; TRIPP was
    // declared in 2025; the BTC pipeline has run since 2005.
    const expected: [id: string, name: RegExp, status: string][] = [
      ['baku-tbilisi-kars', /^Baku–Tbilisi–Kars/, 'Not yet open'],
      ['southern-gas-corridor', /^Southern Gas Corridor/, 'Status undated; parts not yet begun'],
      ['zangezur-tripp', /^Zangezur/, 'Status undated; parts not yet begun'],
      ['baku-tbilisi-ceyhan', /^Baku–Tbilisi–Ceyhan/, 'Operational'],
      ['china-kyrgyzstan-uzbekistan', /^China–Kyrgyzstan–Uzbekistan/, 'Not yet agreed'],
    ];
    await expect(map.panel.getByRole('list', { name: 'Corridor status in 2010' })).toBeVisible();
    await expect(map.panel.getByRole('region', { name: 'Key' })).toContainText('latest dated milestone on or before the end of 2010');
    const csv = csvLines((await new PanelExports(page, map.panel).download('CSV data')).bytes);
    const columns = csv.header.split(',');
    const statusColumn = columns.indexOf('status in 2010');
    expect(csv.meta.some((line) => line.startsWith('# Rule: Corridor status follows the year'))).toBe(true);
    for (const [id, name, status] of expected) {
      // The list: its text and its description.
      const button = map.corridorButton(name);
      await expect(button).toContainText(`· ${status}`);
      await expect(button).toHaveAccessibleDescription(new RegExp(`${status.toLowerCase().replace(/[()]/g, '\\$&')} in 2010$`));
      // The tooltip opened from the list.
      await button.hover();
      await expect(map.tooltips.filter({ hasText: `${status} in 2010` })).toBeVisible();
      // The map: not begun is drawn faint; the BTC pipeline is drawn solid.
      const looks = await map.corridorLines(id).evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('data-status')))]);
      if (status === 'Not yet open' || status === 'Not yet agreed') expect(looks).toEqual(['not-yet']);
      if (status === 'Operational') expect(looks).toEqual(['operational']);
      if (status.startsWith('Status undated')) expect(looks).toEqual(expect.arrayContaining(['undated', 'not-yet']));
      // The CSV.
      const row = csv.rows.find((r) => r.startsWith(`corridor,${id},`));
      expect(row, id).toBeDefined();
      expect(parseCsvRow(row!)[statusColumn], id).toBe(status);
    }
    // Zangezur / TRIPP was declared in August 2025: nothing says it was planned in 2010.
    await expect(map.corridorButton(/^Zangezur/)).not.toContainText('Planned');
  });

  test('a tooltip follows the pointer from one state straight to the next, onto a corridor, and closes over the sea', async ({ atlas }) => {
    await atlas.goto();
    await map.waitForDrawn();
    await map.hoverShape('KAZ');
    await expect(map.tooltip('Kazakhstan')).toBeVisible();
    // One move from a shape onto its neighbour: the pointer never passes over the sea in between.
    await map.hoverShape('UZB');
    await expect(map.tooltip('Uzbekistan')).toContainText('Member in 2025');
    await expect(map.tooltip('Kazakhstan')).toHaveCount(0);
    await map.hoverCorridorOnMap('middle-corridor');
    await expect(map.tooltip('Middle Corridor')).toContainText('Road, rail and sea (multimodal) · Operational');
    await expect(map.tooltip('Uzbekistan')).toHaveCount(0);
    await map.hoverSea();
    await expect(map.tooltips).toHaveCount(0);
  });

  test('observers’ hatching keeps its size on screen as the map zooms', async ({ atlas }) => {
    await atlas.goto();
    await map.waitForDrawn();
    await expect(map.shape('HUN')).toHaveAttribute('data-status', 'observer');
    expect(await map.hatchTile()).toBeCloseTo(7, 1);
    for (let i = 0; i < 3; i++) await map.zoomIn();
    expect(await map.hatchTile()).toBeCloseTo(7, 1);
  });

  test('marks the host city of the selected event, and says when there is none', async ({ atlas, page }) => {
    await atlas.goto('?event=samarkand-2022');
    await map.waitForDrawn();
    await expect(map.map.locator('.map-event')).toContainText('Samarkand');
    await expect(map.status).toContainText('Host city marked on the map: 9th Summit, Samarkand');
    await atlas.goto('?event=video-extraordinary-2020');
    await map.waitForDrawn();
    await expect(map.map.locator('.map-event')).toHaveCount(0);
    await expect(map.status).toContainText('was held online: there is no host city to mark');
    expect(page.url()).toContain('event=video-extraordinary-2020');
  });

  test('the land lies under the states, where Leaflet draws them, as the map opens and zoomed in', async ({ atlas }) => {
    await atlas.goto();
    await map.waitForDrawn();
    /** The largest distance, in screen pixels, between the edges of a state's shape and of its country in the land. */
    const gap = async (entityId: string, country: string) => {
      const [shape, land] = await Promise.all([map.shape(entityId).boundingBox(), map.land(country).boundingBox()]);
      if (!shape || !land) throw new Error(`${entityId} or ${country} is not drawn`);
      return Math.max(
        Math.abs(shape.x - land.x),
        Math.abs(shape.y - land.y),
        Math.abs(shape.x + shape.width - (land.x + land.width)),
        Math.abs(shape.y + shape.height - (land.y + land.height)),
      );
    };
    for (const [id, country] of [['KAZ', 'Kazakhstan'], ['AZE', 'Azerbaijan'], ['HUN', 'Hungary'], ['CYN', 'N. Cyprus']] as const) {
      expect(await gap(id, country), country).toBeLessThanOrEqual(1.5);
    }
    for (let i = 0; i < 2; i++) await map.zoomIn();
    expect(await gap('AZE', 'Azerbaijan')).toBeLessThanOrEqual(1.5);
  });

  test('keeps the region in view when the window is resized', async ({ atlas, page }) => {
    await atlas.goto();
    await map.waitForDrawn();
    // The last is a phone held upright, whose map is narrower than the region is wide.
    for (const size of [{ width: 1000, height: 700 }, { width: 1600, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      await expect.poll(() => map.showsWhole(REGION_EDGES), `${size.width}×${size.height}`).toBe(true);
    }
  });

  test('opens showing the whole region on a phone held upright too', async ({ atlas, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await atlas.goto();
    await map.waitForDrawn();
    expect(await map.showsWhole(REGION_EDGES)).toBe(true);
  });

  test('the names on the map never overlap: each is moved or, on a small map, hidden when it would', async ({ atlas, page }) => {
    await atlas.goto();
    await map.waitForDrawn();
    // At 1280×800 there is room for every name, and each capital's dot is named, its name just beside it.
    await expect.poll(() => map.names()).toEqual({ shown: ALL_NAMES, overlapping: [] });
    const capitals = await map.capitals();
    expect(capitals.map((c) => c.name)).toEqual(expect.arrayContaining(['Ankara', 'Astana', 'Baku', 'Bishkek', 'Tashkent']));
    for (const { name, gap } of capitals) expect(gap, `${name}: from its dot`).toBeLessThanOrEqual(8);
    // A phone's map is a quarter as wide: the names that would run into a larger member's are hidden.
    await page.setViewportSize({ width: 390, height: 844 });
    await map.waitForStill();
    await expect.poll(async () => (await map.names()).overlapping).toEqual([]);
    const { shown } = await map.names();
    expect(shown).toEqual(expect.arrayContaining(['Kazakhstan', 'Türkiye', 'Uzbekistan']));
    expect(shown.length).toBeLessThan(ALL_NAMES.length);
    // A selected state's name is always shown: Azerbaijan's, hidden at this size, takes a place.
    expect(shown).not.toContain('Azerbaijan');
    await map.stateButton('Azerbaijan').click();
    await expect.poll(() => map.names()).toEqual({ shown: expect.arrayContaining(['Azerbaijan', 'Kazakhstan']), overlapping: [] });
    // The selection may bring the state into view: let the map settle before zooming.
    await map.waitForStill();
    await page.keyboard.press('Escape');
    // Zoomed in two steps (each pressed again if Leaflet dropped it), there is room again for the names hidden.
    for (let step = 0; step < 2; step++) await map.zoomIn();
    await expect.poll(() => map.names()).toEqual({ shown: expect.arrayContaining(['Azerbaijan', 'Turkmenistan']), overlapping: [] });
  });

  test('works offline: with the online basemap off, no request leaves the app’s origin', async ({ atlas, page, foreignRequests }) => {
    await atlas.goto();
    await map.waitForDrawn();
    await expect(map.onlineSwitch).not.toBeChecked();
    await map.map.getByRole('button', { name: 'Zoom in' }).click();
    await map.clickShape('AZE');
    await map.corridorButton(/^Middle Corridor/).click();
    await page.waitForLoadState('networkidle');
    expect(foreignRequests).toEqual([]);
    await expect(page.locator('img.leaflet-tile')).toHaveCount(0);
  });

  // Tiles from another origin are what a strict CSP forbids: this runs against the host without one.
  test('the online basemap loads OpenStreetMap tiles, credited, only when switched on', { tag: '@no-csp' }, async ({ atlas, page, foreignRequests }) => {
    expectForeignRequests();
    await page.route(TILE_URL, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }));
    await atlas.goto();
    await map.waitForDrawn();
    // The land is opaque over the sea, and lets the tiles show through once they are on.
    const land = map.map.locator('.map-land > g');
    await expect(land).toHaveAttribute('fill-opacity', '1');
    await map.switchOnlineBasemap(true);
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    await expect(map.map).toContainText('© OpenStreetMap contributors');
    await expect(land).toHaveAttribute('fill-opacity', '0.25');
    expect(foreignRequests.length).toBeGreaterThan(0);
    expect(foreignRequests.every((url) => TILE_URL.test(url))).toBe(true);

    await map.switchOnlineBasemap(false);
    await expect(page.locator('img.leaflet-tile')).toHaveCount(0);
    await expect(map.map).not.toContainText('OpenStreetMap');
    await expect(land).toHaveAttribute('fill-opacity', '1');
  });

  test('the keyboard twin selects states and corridors, the map region is named, and its credits are plain text', async ({ atlas, page }) => {
    await atlas.goto();
    await map.waitForDrawn();
    await expect(map.map).toBeVisible();
    // No flag or other picture in the credits: the words alone.
    const credits = map.map.locator('.leaflet-control-attribution');
    await expect(credits).toHaveText('Leaflet | Borders: Natural Earth');
    await expect(credits.locator('svg, img')).toHaveCount(0);
    await map.stateButton('Türkiye').focus();
    await page.keyboard.press('Enter');
    await atlas.expectQuery({ state: 'TUR' });
    await expect(map.shape('TUR')).toHaveAttribute('stroke-width', '3.5');
    await page.keyboard.press('Escape');
    await atlas.expectQuery({});
    await expect(map.stateButton('Türkiye')).toHaveAttribute('aria-pressed', 'false');
  });
});

/** The fields of one CSV row (quoted fields may hold commas and doubled quotes). */
function parseCsvRow(row: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row.charAt(i);
    if (quoted && c === '"' && row.charAt(i + 1) === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields;
}
