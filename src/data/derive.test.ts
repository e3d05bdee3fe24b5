import { describe, expect, it } from 'vitest';
import { defaultYear, entitiesInScope, keyFigures, latestPointBefore, statusInYear, yearRange } from './derive';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();
const entity = (id: string) => {
  const found = dataset.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const ids = (entities: { id: string }[]) => entities.map((e) => e.id);

describe('membership by year', () => {
  it('counts a state from the year its status took effect', () => {
    expect(statusInYear(entity('UZB'), 2018)).toBeNull();
    expect(statusInYear(entity('UZB'), 2019)).toBe('member');
    expect(statusInYear(entity('HUN'), 2017)).toBeNull();
    expect(statusInYear(entity('HUN'), 2018)).toBe('observer');
    expect(statusInYear(entity('KAZ'), 2008)).toBeNull();
    expect(statusInYear(entity('KAZ'), 2009)).toBe('member');
  });

  it('puts observers in scope only when asked', () => {
    expect(ids(entitiesInScope(dataset, 2018, 'members'))).toEqual(['AZE', 'KAZ', 'KGZ', 'TUR']);
    expect(ids(entitiesInScope(dataset, 2018, 'all'))).toEqual(['AZE', 'KAZ', 'KGZ', 'TUR', 'HUN']);
    expect(ids(entitiesInScope(dataset, 2022, 'all')).sort()).toEqual(['AZE', 'CYN', 'HUN', 'KAZ', 'KGZ', 'TKM', 'TUR', 'UZB']);
  });
});

describe('key figures', () => {
  it('sums GDP over the 4 members of 2018, before Uzbekistan joined', () => {
    const figures = keyFigures(dataset, 2018, 'members');
    expect(figures.members).toHaveLength(4);
    // AZE + KAZ + KGZ + TUR, World Bank WDI 2026-07-13
    expect(figures.gdp.value).toBeCloseTo(47112470051.7701 + 179339977690.485 + 8271106235.41552 + 788356985773.667, 0);
    expect(figures.population.value).toBe(9939771 + 18932727 + 6444079 + 81407204);
    expect(figures.gdp.missing).toEqual([]);
  });

  it('adds Uzbekistan from 2019', () => {
    const figures = keyFigures(dataset, 2019, 'members');
    expect(figures.members).toHaveLength(5);
    expect(figures.gdp.value).toBeCloseTo(
      48174235294.1176 + 181667184854.501 + 9371275264.36735 + 775853144222.613 + 70170662562.6111,
      0,
    );
  });

  it('matches the published 2024 population totals, with and without observers', () => {
    expect(keyFigures(dataset, 2024, 'members').population.value).toBe(159_897_789);
    const all = keyFigures(dataset, 2024, 'all');
    // 176,954,352 for members, Hungary and Turkmenistan, plus Northern Cyprus's contested 407,000 estimate
    expect(all.population.value).toBe(176_954_352 + 407_000);
    expect(all.population.parts.find((p) => p.entityId === 'CYN')?.note).toMatch(/contested/i);
  });

  it('leaves a missing year missing rather than zero', () => {
    const members2025 = keyFigures(dataset, 2025, 'members');
    expect(members2025.population.value).toBeNull();
    expect(members2025.population.missing).toHaveLength(5);
    const all2023 = keyFigures(dataset, 2023, 'all');
    expect(all2023.gdp.missing).toEqual(['CYN']);
    expect(all2023.gdp.value).toBeGreaterThan(0);
  });

  it('names the sources of what it summed', () => {
    const figures = keyFigures(dataset, 2022, 'all');
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    expect(figures.gdp.sources.length).toBeGreaterThan(1); // World Bank and Northern Cyprus's reported figure
    for (const id of [...figures.gdp.sources, ...figures.area.sources, ...figures.membershipSources]) expect(sourceIds).toContain(id);
  });

  it('sums area over the members', () => {
    expect(keyFigures(dataset, 2025, 'members').area.value).toBe(4_242_413);
  });
});

describe('years', () => {
  it('runs from the first series year to the last planned event, defaulting to the latest complete GDP year', () => {
    expect(yearRange(dataset)).toEqual({ min: 2000, max: 2026 });
    expect(defaultYear(dataset)).toBe(2025);
  });

  it('finds the latest figure before a year', () => {
    expect(latestPointBefore(dataset.indicators.population, 'KAZ', 2025)?.year).toBe(2024);
    expect(latestPointBefore(dataset.indicators.gdp, 'CYN', 2020)?.year).toBe(2014);
    expect(latestPointBefore(dataset.indicators.gdp, 'CYN', 2014)).toBeNull();
  });
});
