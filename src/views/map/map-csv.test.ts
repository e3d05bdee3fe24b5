import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/render';
import { toCsv } from '../../ui/csv';
import { mapCsv, mapSourceIds } from './map-csv';

const dataset = loadBundledDataset();
const sourcesFor = (year: number) => {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return mapSourceIds(dataset, year).flatMap((id) => byId.get(id) ?? []);
};

describe('mapCsv', () => {
  it('lists every state with its status that year, whether it is counted, and its figures at full precision', () => {
    const doc = mapCsv(dataset, 2018, 'members', sourcesFor(2018));
    const row = (id: string) => doc.rows.find((r) => r[0] === 'state' && r[1] === id);
    const gdp = dataset.indicators.gdp.series.find((s) => s.entityId === 'KAZ')!.points.find((p) => p.year === 2018)!.value;
    expect(row('KAZ')?.slice(0, 9)).toEqual(['state', 'KAZ', 'Kazakhstan', 'member', 'yes', gdp, expect.any(Number), 2724900, 'Astana']);
    // Uzbekistan joined in 2019; Hungary was an observer from 2018, not counted with the members.
    expect(row('UZB')?.slice(3, 5)).toEqual(['not yet a member or observer', 'no']);
    expect(row('HUN')?.slice(3, 5)).toEqual(['observer', 'no']);
    expect(mapCsv(dataset, 2018, 'all', sourcesFor(2018)).rows.find((r) => r[1] === 'HUN')?.[4]).toBe('yes');
  });

  it('leaves a missing figure empty, never zero', () => {
    const doc = mapCsv(dataset, 2025, 'members', sourcesFor(2025));
    const kaz = doc.rows.find((r) => r[1] === 'KAZ')!;
    expect(doc.header[6]).toBe('population 2025');
    expect(kaz[6]).toBeNull();
    expect(toCsv(doc)).toMatch(/\r\nstate,KAZ,Kazakhstan,member,yes,[\d.]+,,2724900,/);
  });

  it('then lists every corridor with its kind, status, route and sources, and states units and the as-of date', () => {
    const doc = mapCsv(dataset, 2025, 'members', sourcesFor(2025));
    const corridors = doc.rows.filter((r) => r[0] === 'corridor');
    expect(corridors.map((r) => r[1])).toEqual(dataset.corridors.map((c) => c.id));
    const middle = corridors.find((r) => r[1] === 'middle-corridor')!;
    expect(middle.slice(9, 13)).toEqual(['Road, rail and sea (multimodal)', 'Operational', 'Kazakhstan; Azerbaijan; Türkiye; China; Georgia; Romania', 4256]);
    expect(String(middle[15])).toMatch(/<https?:\/\//);
    expect(doc.meta[1]).toMatch(/^Units: GDP in current US\$/);
    expect(doc.meta[doc.meta.length - 1]).toBe(`Data as of ${dataset.asOf}.`);
  });
});
