import { describe, expect, it } from 'vitest';
import { firstYearInScope, gdpSeries, gdpYears, highlightedIds, type GdpOptions, type GdpSeries } from './series';
import type { Dataset } from './schema';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();
const DEFAULTS: GdpOptions = { scope: 'members', rule: 'since-joining', measure: 'gdp' };

// World Bank WDI (release 2026-07-13), current US$, as in public/data/ots.json.
const GDP = {
  2018: { AZE: 47112470051.7701, KAZ: 179339977690.485, KGZ: 8271106235.41552, TUR: 788356985773.667, UZB: 61318332402.7908, HUN: 161184691013.835 },
  2019: { AZE: 48174235294.1176, KAZ: 181667184854.501, KGZ: 9371275264.36735, TUR: 775853144222.613, UZB: 70170662562.6111, HUN: 164936682033.992 },
};
const POP_2019 = { AZE: 10024283, KAZ: 19209555, KGZ: 6590211, TUR: 82579440, UZB: 32964701 };

function yearOf(series: GdpSeries, year: number) {
  const found = series.years.find((y) => y.year === year);
  if (!found) throw new Error(`no ${year}`);
  return found;
}
const rowOf = (series: GdpSeries, year: number) => series.rows.find((r) => r.year === year);

describe('GDP series, counted from the year each state joined', () => {
  const series = gdpSeries(dataset, DEFAULTS);

  it('covers 2000–2025 and stacks the states in the order they joined', () => {
    expect(gdpYears(dataset)).toHaveLength(26);
    expect(series.rows.map((r) => r.year)).toEqual(gdpYears(dataset));
    expect(series.entities.map((e) => [e.id, e.countedFrom])).toEqual([
      ['AZE', 2009], ['KAZ', 2009], ['KGZ', 2009], ['TUR', 2009], ['UZB', 2019],
    ]);
  });

  it('totals the four founding members in 2018, before Uzbekistan joined', () => {
    const y2018 = yearOf(series, 2018);
    // 47.112 + 179.340 + 8.271 + 788.357 = 1,023.081 bn
    expect(y2018.total.value).toBeCloseTo(1_023_080_539_751.34, 0);
    expect(y2018.total.counted).toEqual(['AZE', 'KAZ', 'KGZ', 'TUR']);
    expect(y2018.total.excluded).toEqual([]);
    expect(y2018.cells.UZB).toEqual({ value: null, missing: 'not-counted', sources: [], notes: [] });
    expect(rowOf(series, 2018)).toMatchObject({ year: 2018, UZB: null, TUR: GDP[2018].TUR });
  });

  it('adds Uzbekistan from 2019', () => {
    const y2019 = yearOf(series, 2019);
    // 48.174 + 181.667 + 9.371 + 775.853 + 70.171 = 1,085.237 bn
    expect(y2019.total.value).toBeCloseTo(1_085_236_502_198.21, 0);
    expect(y2019.cells.UZB?.value).toBe(GDP[2019].UZB);
    expect(y2019.total.sources).toEqual(['wb-wdi-gdp']);
  });

  it('counts nobody before the founding in 2009: the total is missing, not zero', () => {
    const y2008 = yearOf(series, 2008);
    expect(y2008.total).toMatchObject({ value: null, counted: [] });
    expect(rowOf(series, 2008)).toEqual({ year: 2008, total: null, AZE: null, KAZ: null, KGZ: null, TUR: null, UZB: null });
  });

  it('leaves observers out of the members’ total', () => {
    expect(series.entities.map((e) => e.id)).not.toContain('HUN');
  });
});

describe('the scope and rule switches', () => {
  it('with observers, counts Hungary from 2018 and Northern Cyprus from 2022', () => {
    const series = gdpSeries(dataset, { ...DEFAULTS, scope: 'all' });
    expect(series.entities.map((e) => [e.id, e.countedFrom])).toEqual([
      ['AZE', 2009], ['KAZ', 2009], ['KGZ', 2009], ['TUR', 2009], ['HUN', 2018], ['UZB', 2019], ['TKM', 2021], ['CYN', 2022],
    ]);
    const y2018 = yearOf(series, 2018);
    expect(y2018.total.value).toBeCloseTo(1_023_080_539_751.34 + GDP[2018].HUN, 0);
    expect(yearOf(series, 2017).cells.HUN?.missing).toBe('not-counted');
  });

  it('with today’s members throughout, counts Uzbekistan in 2018 too', () => {
    const series = gdpSeries(dataset, { ...DEFAULTS, rule: 'today' });
    expect(series.entities.every((e) => e.countedFrom == null)).toBe(true);
    expect(yearOf(series, 2018).total.value).toBeCloseTo(1_023_080_539_751.34 + GDP[2018].UZB, 0);
    expect(yearOf(series, 2000).total.value).not.toBeNull();
  });
});

describe('missing years', () => {
  const series = gdpSeries(dataset, { ...DEFAULTS, scope: 'all', rule: 'today' });

  it('shows Northern Cyprus only in 2014 and 2022, as isolated points, null elsewhere', () => {
    const cyn = series.rows.filter((r) => r.CYN != null).map((r) => [r.year, r.CYN]);
    expect(cyn).toEqual([[2014, 4_039_000_000], [2022, 4_459_000_000]]);
    expect(series.isolated.CYN).toEqual([2014, 2022]);
    expect(series.isolated.TUR).toEqual([]);
    expect(yearOf(series, 2023).cells.CYN).toMatchObject({ value: null, missing: 'no-gdp' });
  });

  it('leaves a state without a figure out of the total and says so', () => {
    const y2023 = yearOf(series, 2023);
    expect(y2023.total.excluded).toEqual(['CYN']);
    expect(y2023.total.counted).toContain('CYN');
    const y2022 = yearOf(series, 2022);
    expect(y2022.total.excluded).toEqual([]);
    expect(y2022.total.sources).toEqual(['wb-wdi-gdp', 'wikipedia-economy-northern-cyprus']);
  });
});

describe('GDP per person', () => {
  const series = gdpSeries(dataset, { ...DEFAULTS, measure: 'per-person' });

  it('divides GDP by population for each state', () => {
    const y2019 = yearOf(series, 2019);
    // 775,853,144,222.613 / 82,579,440 ≈ $9,395.23
    expect(y2019.cells.TUR?.value).toBeCloseTo(9395.2338, 3);
    expect(y2019.cells.TUR?.sources).toEqual(['wb-wdi-gdp', 'wb-population']);
  });

  it('computes the OTS figure as total GDP over total population, not an average of ratios', () => {
    const ids = ['AZE', 'KAZ', 'KGZ', 'TUR', 'UZB'] as const;
    const gdp = ids.reduce((s, id) => s + GDP[2019][id], 0);
    const pop = ids.reduce((s, id) => s + POP_2019[id], 0);
    expect(yearOf(series, 2019).total.value).toBeCloseTo(gdp / pop, 6);
  });

  it('is missing in 2025, where there is no population figure', () => {
    const y2025 = yearOf(series, 2025);
    expect(y2025.cells.TUR).toMatchObject({ value: null, missing: 'no-population' });
    expect(y2025.total.value).toBeNull();
    expect(rowOf(series, 2025)?.TUR).toBeNull();
  });

  it('never computes Northern Cyprus: its GDP and population figures are for different years', () => {
    const all = gdpSeries(dataset, { scope: 'all', rule: 'today', measure: 'per-person' });
    expect(all.rows.every((r) => r.CYN == null)).toBe(true);
    expect(yearOf(all, 2014).cells.CYN?.missing).toBe('no-population');
    expect(yearOf(all, 2024).cells.CYN?.missing).toBe('no-gdp');
    expect(yearOf(all, 2020).cells.CYN?.missing).toBe('no-gdp-or-population');
    expect(yearOf(all, 2024).total.excluded).toEqual(['CYN']);
  });

  it('works on hand-made figures', () => {
    const tiny = structuredClone(dataset) as Dataset;
    tiny.entities = tiny.entities.filter((e) => e.id === 'AZE' || e.id === 'TUR');
    tiny.indicators.gdp.series = [
      { entityId: 'AZE', sources: ['wb-wdi-gdp'], points: [{ year: 2020, value: 300 }, { year: 2021, value: 400 }] },
      { entityId: 'TUR', sources: ['wb-wdi-gdp'], points: [{ year: 2020, value: 900 }] },
    ];
    tiny.indicators.population.series = [
      { entityId: 'AZE', sources: ['wb-population'], points: [{ year: 2020, value: 3 }, { year: 2021, value: 4 }] },
      { entityId: 'TUR', sources: ['wb-population'], points: [{ year: 2020, value: 9 }, { year: 2021, value: 10 }] },
    ];
    const s = gdpSeries(tiny, { scope: 'members', rule: 'today', measure: 'per-person' });
    expect(s.rows).toEqual([
      { year: 2020, total: 100, AZE: 100, TUR: 100 }, // (300 + 900) / (3 + 9)
      { year: 2021, total: 100, AZE: 100, TUR: null }, // Türkiye has no 2021 GDP: left out, AZE alone
    ]);
    expect(s.years[1]?.total.excluded).toEqual(['TUR']);
    expect(gdpSeries(tiny, { scope: 'members', rule: 'today', measure: 'gdp' }).rows[0]).toEqual({ year: 2020, total: 1200, AZE: 300, TUR: 900 });
  });
});

describe('highlighting', () => {
  it('highlights the selected state, or the states a corridor crosses', () => {
    expect(highlightedIds(dataset, 'TUR', null)).toEqual(['TUR']);
    expect(highlightedIds(dataset, null, 'middle-corridor')).toEqual(['KAZ', 'AZE', 'TUR']);
    expect(highlightedIds(dataset, null, null)).toEqual([]);
  });

  it('finds when a status first puts a state in scope', () => {
    const hun = dataset.entities.find((e) => e.id === 'HUN');
    if (!hun) throw new Error('no HUN');
    expect(firstYearInScope(hun, 'members')).toBeNull();
    expect(firstYearInScope(hun, 'all')).toBe(2018);
  });
});
