import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/render';
import { toCsv } from '../../ui/csv';
import { mapCsv, mapSourceIds } from './map-csv';

const dataset = loadBundledDataset();
const sourcesFor = (year: number) => {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return mapSourceIds(dataset, year).flatMap((id) => byId.get(id) ?? []);
};
const column = (doc: ReturnType<typeof mapCsv>, name: string) => {
  const i = doc.header.indexOf(name);
  if (i === -1) throw new Error(`no column ${name}`);
  return (row: readonly unknown[] | undefined) => row?.[i];
};

describe('mapCsv', () => {
  it('lists every state with its status that year, what set it, whether it is counted, and its figures at full precision', () => {
    const doc = mapCsv(dataset, 2018, 'members', sourcesFor(2018));
    const row = (id: string) => doc.rows.find((r) => r[0] === 'state' && r[1] === id);
    const gdp = dataset.indicators.gdp.series.find((s) => s.entityId === 'KAZ')!.points.find((p) => p.year === 2018)!.value;
    expect(row('KAZ')?.slice(0, 8)).toEqual(['state', 'KAZ', 'Kazakhstan', 'member', '3 October 2009 (Nakhchivan Agreement)', 'yes', gdp, expect.any(Number)]);
    // Uzbekistan joined in 2019; Hungary was an observer from 2018, not counted with the members.
    expect(row('UZB')?.slice(3, 6)).toEqual(['not yet a member or observer', 'member from 15 October 2019 (7th Summit, Baku)', 'no']);
    expect(row('HUN')?.slice(3, 6)).toEqual(['observer', '3 September 2018 (6th Summit, Cholpon-Ata)', 'no']);
    expect(mapCsv(dataset, 2018, 'all', sourcesFor(2018)).rows.find((r) => r[1] === 'HUN')?.[5]).toBe('yes');
  });

  it('leaves a missing figure empty, never zero, and gives the latest earlier figure beside it with its year', () => {
    const doc = mapCsv(dataset, 2025, 'members', sourcesFor(2025));
    const kaz = doc.rows.find((r) => r[1] === 'KAZ')!;
    const population = column(doc, 'population 2025');
    const latest = column(doc, 'latest population before 2025 where 2025 is missing');
    const kaz2024 = dataset.indicators.population.series.find((s) => s.entityId === 'KAZ')!.points.find((p) => p.year === 2024)!.value;
    expect(population(kaz)).toBeNull();
    expect(latest(kaz)).toBe(kaz2024);
    expect(kaz[doc.header.indexOf('latest population before 2025 where 2025 is missing') + 1]).toBe(2024);
    // Where the year's figure is there, nothing stands beside it.
    expect(column(doc, 'latest GDP before 2025 where 2025 is missing')(kaz)).toBeNull();
    expect(toCsv(doc)).toMatch(/\r\nstate,KAZ,Kazakhstan,member,3 October 2009 \(Nakhchivan Agreement\),yes,[\d.]+,,,,\d+,2024,2724900,/);
  });

  it('gives each corridor its status in the year and the milestone that set it, agreeing with the map', () => {
    const in2010 = mapCsv(dataset, 2010, 'members', sourcesFor(2010));
    const status = column(in2010, 'status in 2010');
    const setBy = column(in2010, 'status in 2010 set by');
    const corridor = (id: string) => in2010.rows.find((r) => r[0] === 'corridor' && r[1] === id);
    expect(status(corridor('baku-tbilisi-kars'))).toBe('Not yet open');
    expect(setBy(corridor('baku-tbilisi-kars'))).toBe('Not yet open, first milestone: Opened, 30 October 2017');
    expect(status(corridor('southern-gas-corridor'))).toBe('Status undated; parts not yet begun');
    expect(status(corridor('zangezur-tripp'))).not.toMatch(/planned/i);
    expect(status(corridor('baku-tbilisi-ceyhan'))).toBe('Operational');
    expect(in2010.meta.some((line) => line.startsWith('Rule: Corridor status follows the year'))).toBe(true);
    const in2018 = mapCsv(dataset, 2018, 'members', sourcesFor(2018));
    expect(column(in2018, 'status in 2018')(in2018.rows.find((r) => r[1] === 'baku-tbilisi-kars'))).toBe('Operational');
  });

  it('then lists every corridor with its kind, route and sources, and states units and the as-of date', () => {
    const doc = mapCsv(dataset, 2025, 'members', sourcesFor(2025));
    const corridors = doc.rows.filter((r) => r[0] === 'corridor');
    expect(corridors.map((r) => r[1])).toEqual(dataset.corridors.map((c) => c.id));
    const middle = corridors.find((r) => r[1] === 'middle-corridor')!;
    expect([column(doc, 'kind')(middle), column(doc, 'crosses')(middle), column(doc, 'length (km)')(middle)]).toEqual([
      'Road, rail and sea (multimodal)',
      'Kazakhstan; Azerbaijan; Türkiye; China; Georgia; Romania',
      4256,
    ]);
    expect(String(column(doc, 'sources')(middle))).toMatch(/^[^<]+: .+ <https?:\/\//);
    expect(doc.meta[1]).toMatch(/^Units: GDP in current US\$/);
    expect(doc.meta[doc.meta.length - 1]).toBe(`Data as of ${dataset.asOf}.`);
  });
});
