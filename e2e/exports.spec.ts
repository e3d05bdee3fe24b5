import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { MapPanel } from './pages/map-panel';
import { TimelinePanel } from './pages/timeline-panel';
import { csvLines, PanelExports, pngInk, pngSize } from './pages/panel-exports';
import type { Locator, Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';

const AS_OF = '2026-07-13';

/**
 * Each panel, how to find it, a colour its image must contain (as drawn on white) and how much of the image its
 * figure and legend at least cover (measured shares are about twice these).
 */
const PANELS: { id: string; locate: (page: Page) => Locator; colour: string; ink: number; colourShare: number }[] = [
  // Members' fill on the map.
  { id: 'map', locate: (page) => new MapPanel(page).panel, colour: '#7fb0dc', ink: 0.2, colourShare: 0.02 },
  // Türkiye's band in the stacked chart: #d55e00 at 88% opacity on white.
  { id: 'gdp', locate: (page) => new ChartPanels(page).gdp, colour: '#da711f', ink: 0.1, colourShare: 0.02 },
  // The volume marks.
  { id: 'trade', locate: (page) => new ChartPanels(page).trade, colour: '#0b5e8e', ink: 0.02, colourShare: 0.001 },
  // The numbered summits' glyphs.
  { id: 'timeline', locate: (page) => new TimelinePanel(page).region, colour: '#0b5e8e', ink: 0.05, colourShare: 0.0005 },
];

test.describe('exports', () => {
  for (const { id, locate, colour, ink, colourShare } of PANELS) {
    test(`the ${id} panel downloads a 1600×1000 PNG with its figure drawn in`, async ({ atlas, page }, testInfo) => {
      await atlas.goto();
      await atlas.waitForReady();
      const file = await new PanelExports(page, locate(page)).download('PNG image');
      await writeFile(testInfo.outputPath(file.name), file.bytes);
      expect(file.name).toMatch(new RegExp(`^ots-atlas-.*-as-of-${AS_OF}\\.png$`));
      expect(pngSize(file.bytes)).toEqual({ width: 1600, height: 1000 });
      const measured = await pngInk(page, file.bytes, colour);
      // The figure fills the middle of the image, not a blank frame, and is drawn in the panel's own colours.
      expect(measured.ink).toBeGreaterThan(ink);
      expect(measured.colour).toBeGreaterThan(colourShare);
    });
  }

  test('the map’s PNG is made with no network and under a strict image policy', async ({ atlas, page, foreignRequests }) => {
    // The page is served with `img-src 'self' data: blob:`: the image must be drawn from the page alone.
    await page.route((url) => url.pathname.endsWith('/'), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "img-src 'self' data: blob:" } });
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await atlas.goto();
    await atlas.waitForReady();
    const file = await new PanelExports(page, new MapPanel(page).panel).download('PNG image');
    expect(pngSize(file.bytes)).toEqual({ width: 1600, height: 1000 });
    expect((await pngInk(page, file.bytes, '#7fb0dc')).colour).toBeGreaterThan(0.02);
    // The sea is the map's own background: the image keeps it rather than painting it white.
    expect((await pngInk(page, file.bytes, '#e4eef4')).colour).toBeGreaterThan(0.05);
    expect(violations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  for (const id of ['gdp', 'trade'] as const) {
    test(`the ${id} chart downloads a standalone SVG with its title, sources and as-of date`, async ({ atlas, page }, testInfo) => {
      await atlas.goto();
      await atlas.waitForReady();
      const panel = PANELS.find((p) => p.id === id)!.locate(page);
      const file = await new PanelExports(page, panel).download('SVG image');
      await writeFile(testInfo.outputPath(file.name), file.bytes);
      expect(file.name).toMatch(/\.svg$/);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          root: doc.documentElement.localName,
          error: doc.querySelector('parsererror')?.textContent ?? null,
          text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
          charts: doc.querySelectorAll('svg svg').length,
          stylesheets: doc.querySelectorAll('style, link').length,
        };
      }, file.bytes.toString('utf8'));
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.text).toContain(id === 'gdp' ? 'GDP' : 'Intra-OTS trade');
      expect(parsed.text).toContain('Data as of 13 July 2026');
      expect(parsed.text).toMatch(/Sources: /);
      expect(parsed.charts).toBe(id === 'gdp' ? 1 : 2);
      expect(parsed.stylesheets).toBe(0);
    });
  }

  test('each panel’s CSV has its header row and the dataset’s figures', async ({ atlas, page }) => {
    await atlas.goto('?year=2024');
    await atlas.waitForReady();
    const csv = async (id: string) => csvLines((await new PanelExports(page, PANELS.find((p) => p.id === id)!.locate(page)).download('CSV data')).bytes);

    const map = await csv('map');
    expect(map.header).toBe(
      'record,id,name,status in 2024,status in 2024 set by,counted,GDP 2024 (current US$),population 2024,latest GDP before 2024 where 2024 is missing,its year,latest population before 2024 where 2024 is missing,its year,area (km²),capital,kind,crosses,length (km),length as stated,capacity as stated,sources',
    );
    expect(map.rows.find((r) => r.startsWith('state,KAZ,'))).toMatch(/^state,KAZ,Kazakhstan,member,3 October 2009 \(Nakhchivan Agreement\),yes,\d+(\.\d+)?,\d+,,,,,2724900,Astana,/);
    expect(map.rows.find((r) => r.startsWith('state,HUN,'))).toMatch(/^state,HUN,Hungary,observer,"3 September 2018 \(6th Summit, Cholpon-Ata\)",no,/);
    expect(map.rows.find((r) => r.startsWith('corridor,middle-corridor,'))).toMatch(
      /^corridor,middle-corridor,.*,Operational,"Main route: operational, as reported: Cargo carried in 2024: 4\.5 Mt, 2024; Türkiye rail branch, via the Baku–Tbilisi–Kars railway: operational, since 30 October 2017 \(Baku–Tbilisi–Kars railway opened\)",.*"Road, rail and sea \(multimodal\)",/,
    );
    expect(map.meta).toContain(`# Data as of ${AS_OF}.`);

    const gdp = await csv('gdp');
    expect(gdp.header).toBe('year,Azerbaijan,Kazakhstan,Kyrgyzstan,Türkiye,Uzbekistan,OTS total,OTS total leaves out,missing values');
    expect(gdp.rows).toContain('2018,47112470051.7701,179339977690.485,8271106235.41552,788356985773.667,,1023080539751.3376,,Uzbekistan: not yet a member or observer');

    const trade = await csv('trade');
    expect(trade.header).toMatch(/^kind,metric,year,year approximate,period as reported,value,/);
    expect(trade.rows.find((r) => r.startsWith('reported,intra-share,2016,'))).toContain(',2,,,percent,,,,"Nihat Zeybekci, Turkish Economy Minister",2016-12-22,');
    // The share computed from IMF DOTS for the members counted in 2019 (hand-checked: 4.83%), from both sides' reports.
    expect(trade.rows.find((r) => r.startsWith('measured,intra-share,2019,'))).toMatch(/^measured,intra-share,2019,no,,4\.833\d*,,,percent of their total merchandise trade,,4\.833\d*,AZE KAZ KGZ TUR UZB,/);

    const timeline = await csv('timeline');
    expect(timeline.header).toBe('id,date,end date,title,kind,number,status,city,host,online,membership changes,note,sources');
    expect(timeline.rows.find((r) => r.startsWith('gabala-2025,'))).toMatch(/^gabala-2025,2025-10-07,.*,Summit,12,Held,Gabala,Azerbaijan,no,/);
  });

  test('the whole dataset downloads as JSON, as in use', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.waitForReady();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download dataset (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`ots-atlas-dataset-${AS_OF}.json`);
    const { readFile } = await import('node:fs/promises');
    const data = JSON.parse(await readFile((await file.path()) ?? '', 'utf8'));
    expect(data.asOf).toBe(AS_OF);
    expect(data.entities.map((e: { id: string }) => e.id)).toContain('KAZ');
  });
});

test.describe('links and embeds', () => {
  test('“Copy link” copies the address of the view on screen and says so', async ({ atlas, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await atlas.goto('?state=KAZ&year=2019');
    await atlas.waitForReady();
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(page.getByText('✓ Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(new URL(page.url()).search).toBe('?state=KAZ&year=2019');
  });

  test('when the clipboard is refused, the link appears selected in a field to copy by hand', async ({ atlas, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await atlas.goto('?corridor=middle-corridor');
    await atlas.waitForReady();
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    const field = page.getByRole('textbox', { name: /clipboard is not available/ });
    await expect(field).toHaveValue(page.url());
    expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(page.url());
  });

  test('a panel’s embed code is an iframe of that panel at the current view', async ({ atlas, page }) => {
    await atlas.goto('?state=KAZ&scope=all');
    await atlas.waitForReady();
    const dialog = await new PanelExports(page, new ChartPanels(page).gdp).openEmbed();
    const code = await dialog.getByRole('textbox').inputValue();
    const src = (/src="([^"]+)"/.exec(code)?.[1] ?? '').replace(/&amp;/g, '&');
    expect(code).toMatch(/^<iframe src="[^"]+" title="OTS Atlas: GDP" width="\d+" height="\d+" loading="lazy"/);
    expect(Object.fromEntries(new URL(src).searchParams)).toEqual({ state: 'KAZ', scope: 'all', embed: 'gdp' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('an embed link shows only its panel, with the link’s selection applied', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?embed=gdp&state=KAZ');
    await atlas.waitForReady();
    await expect(charts.gdp).toBeVisible();
    await charts.expectHighlighted('Kazakhstan');
    for (const name of ['Map', 'Details', 'Intra-OTS trade', 'Summits and milestones']) {
      await expect(page.getByRole('region', { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    const open = page.getByRole('link', { name: 'Open in OTS Atlas' });
    expect(Object.fromEntries(new URL((await open.getAttribute('href')) ?? '', page.url()).searchParams)).toEqual({ state: 'KAZ' });

    // Still linked to the view: choosing another state in the panel updates the link, and embed stays.
    await charts.gdpSeries('Türkiye').click();
    await atlas.expectQuery({ embed: 'gdp', state: 'TUR' });
    await expect(open).toHaveAttribute('href', /[?&]state=TUR/);
  });

  for (const id of ['map', 'trade', 'timeline'] as const) {
    test(`?embed=${id} shows only the ${id} panel`, async ({ atlas, page }) => {
      await atlas.goto(`?embed=${id}&year=2019`);
      await atlas.waitForReady();
      const own = PANELS.find((p) => p.id === id)!.locate(page);
      await expect(own).toBeVisible();
      await expect(page.locator('section.panel')).toHaveCount(1);
    });
  }
});
