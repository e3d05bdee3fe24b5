import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/render';
import { corridorStatusInYear, dayOfYear, firstDay, type CorridorYearStatus, type PartState } from './corridor-status';
import type { Corridor } from './schema';

const dataset = loadBundledDataset();
const corridor = (id: string): Corridor => {
  const found = dataset.corridors.find((c) => c.id === id);
  if (!found) throw new Error(`no corridor ${id}`);
  return found;
};
const at = (id: string, year: number) => corridorStatusInYear(corridor(id), year, dataset.asOf);
/** "operational", "partly under-construction", "not-yet operational", "undated", "partly undated". */
const headline = (s: CorridorYearStatus) => `${s.partial ? 'partly ' : ''}${s.kind}${s.kind === 'not-yet' ? ` ${s.nextStage}` : ''}`;
const part = (s: CorridorYearStatus, stretch: string | null): PartState => {
  const found = s.parts.find((p) => (p.stretch?.id ?? null) === stretch);
  if (!found) throw new Error(`no part ${stretch}`);
  return found.state;
};
const look = (state: PartState) => (state.kind === 'known' ? state.status : state.kind);
const basisLabel = (state: PartState) => (state.kind === 'known' && state.basis.kind === 'milestone' ? state.basis.date.label : state.kind === 'known' ? 'recorded' : null);

describe('the day a year is read on', () => {
  it('is the last day of the year, or the dataset’s as-of date when that comes first', () => {
    expect(dayOfYear(2018, '2026-07-13')).toBe('2018-12-31');
    expect(dayOfYear(2026, '2026-07-13')).toBe('2026-07-13');
    expect(firstDay('2023')).toBe('2023-01-01');
    expect(firstDay('2024-12')).toBe('2024-12-01');
  });
});

describe('corridor status by year, against each corridor’s milestones', () => {
  it('Baku–Tbilisi–Kars: not yet open in 2016, operational from its opening on 30 October 2017', () => {
    expect(headline(at('baku-tbilisi-kars', 2010))).toBe('not-yet operational');
    expect(headline(at('baku-tbilisi-kars', 2016))).toBe('not-yet operational');
    expect(headline(at('baku-tbilisi-kars', 2017))).toBe('operational');
    expect(headline(at('baku-tbilisi-kars', 2018))).toBe('operational');
    expect(basisLabel(part(at('baku-tbilisi-kars', 2018), null))).toBe('Opened');
  });

  it('Baku–Tbilisi–Ceyhan: not yet open in 2004, operational from the first oil pumped in May 2005', () => {
    expect(headline(at('baku-tbilisi-ceyhan', 2004))).toBe('not-yet operational');
    expect(headline(at('baku-tbilisi-ceyhan', 2005))).toBe('operational');
    expect(basisLabel(part(at('baku-tbilisi-ceyhan', 2010), null))).toBe('First oil pumped at Baku');
  });

  it('Southern Gas Corridor: each section from its own date; whole only once TAP began commercial operations (15 Nov 2020)', () => {
    const in2010 = at('southern-gas-corridor', 2010);
    expect(headline(in2010)).toBe('partly undated');
    expect(look(part(in2010, 'scp'))).toBe('undated'); // in service earlier, on dates the sources do not give
    expect(look(part(in2010, 'tap'))).toBe('not-yet');
    const in2018 = at('southern-gas-corridor', 2018);
    expect(headline(in2018)).toBe('partly operational');
    expect(in2018.parts.map((p) => `${p.stretch?.id}: ${look(p.state)}`)).toEqual([
      'scp: operational',
      'tanap-posof-eskisehir: operational',
      'tanap-eskisehir-ipsala: not-yet',
      'tap: not-yet',
    ]);
    expect(headline(at('southern-gas-corridor', 2019))).toBe('partly operational');
    expect(look(part(at('southern-gas-corridor', 2019), 'tanap-eskisehir-ipsala'))).toBe('operational');
    expect(headline(at('southern-gas-corridor', 2020))).toBe('operational');
  });

  it('Middle Corridor: undated before the first cargo it is reported to carry (2023); its BTK branch opens with BTK', () => {
    const in2016 = at('middle-corridor', 2016);
    expect(headline(in2016)).toBe('undated');
    expect(look(part(in2016, 'turkiye-rail-branch'))).toBe('not-yet');
    const in2018 = at('middle-corridor', 2018);
    expect(headline(in2018)).toBe('undated'); // the branch does not make the corridor
    expect(look(part(in2018, 'turkiye-rail-branch'))).toBe('operational');
    // Still "since" its opening when later reports of cargo on the corridor say the same.
    expect(basisLabel(part(at('middle-corridor', 2025), 'turkiye-rail-branch'))).toBe('Baku–Tbilisi–Kars railway opened');
    expect(headline(at('middle-corridor', 2023))).toBe('operational');
    expect(basisLabel(part(at('middle-corridor', 2025), null))).toBe('Cargo carried in 2024: 4.5 Mt');
  });

  it('China–Kyrgyzstan–Uzbekistan: not yet agreed before June 2024, under construction from the launch on 27 December 2024', () => {
    expect(headline(at('china-kyrgyzstan-uzbekistan', 2023))).toBe('not-yet agreed');
    expect(headline(at('china-kyrgyzstan-uzbekistan', 2024))).toBe('under-construction');
    expect(basisLabel(part(at('china-kyrgyzstan-uzbekistan', 2025), null))).toBe('Construction launch ceremony');
  });

  it('the green energy corridors: not yet agreed, then planned from their agreements', () => {
    expect(headline(at('caspian-green-energy', 2023))).toBe('not-yet agreed');
    expect(headline(at('caspian-green-energy', 2024))).toBe('planned');
    expect(headline(at('black-sea-green-energy', 2021))).toBe('not-yet agreed');
    expect(headline(at('black-sea-green-energy', 2022))).toBe('planned');
    // A target date sets no status: the cable is not "operational" in 2029's direction before it is.
    expect(headline(at('black-sea-green-energy', 2026))).toBe('planned');
  });

  it('Zangezur / TRIPP: not planned in 2010; the route through Armenia announced on 8 August 2025; the feeder lines by their own reports', () => {
    const in2010 = at('zangezur-tripp', 2010);
    expect(headline(in2010)).toBe('partly undated');
    expect(look(part(in2010, 'tripp'))).toBe('not-yet');
    const in2024 = at('zangezur-tripp', 2024);
    expect(headline(in2024)).toBe('partly under-construction');
    expect(look(part(in2024, 'horadiz-aghband'))).toBe('under-construction');
    expect(look(part(in2024, 'tripp'))).toBe('not-yet');
    const in2025 = at('zangezur-tripp', 2025);
    expect(look(part(in2025, 'tripp'))).toBe('planned');
    expect(basisLabel(part(in2025, 'tripp'))).toBe('Washington Joint Declaration (Azerbaijan–Armenia)');
    // The Turkish feeder line is recorded as under construction with no date: known on the as-of date only.
    expect(look(part(in2025, 'kars-dilucu'))).toBe('undated');
    expect(look(part(at('zangezur-tripp', 2026), 'kars-dilucu'))).toBe('under-construction');
    expect(basisLabel(part(at('zangezur-tripp', 2026), 'kars-dilucu'))).toBe('recorded');
  });

  it('covers every corridor in the dataset', () => {
    const tested = ['baku-tbilisi-kars', 'baku-tbilisi-ceyhan', 'southern-gas-corridor', 'middle-corridor', 'china-kyrgyzstan-uzbekistan', 'caspian-green-energy', 'black-sea-green-energy', 'zangezur-tripp'];
    expect(dataset.corridors.map((c) => c.id).sort()).toEqual([...tested].sort());
  });

  it('says a corridor without dated milestones is undated, and takes its recorded status only on the as-of date', () => {
    const undated: Corridor = { ...corridor('baku-tbilisi-kars'), dates: [], stretches: [] };
    expect(headline(corridorStatusInYear(undated, 2018, dataset.asOf))).toBe('undated');
    expect(part(corridorStatusInYear(undated, 2018, dataset.asOf), null)).toEqual({ kind: 'undated', next: null });
    expect(headline(corridorStatusInYear(undated, 2026, dataset.asOf))).toBe('operational');
  });
});
