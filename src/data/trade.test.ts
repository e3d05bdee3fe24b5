import { describe, expect, it } from 'vitest';
import { DODGE, tradeSeries, tradeShareClaims } from './trade';
import type { Dataset } from './schema';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();
const series = tradeSeries(dataset);
const ids = (points: { id: string }[]) => points.map((p) => p.id);

describe('intra-OTS trade as reported', () => {
  it('plots only statements covering all OTS members', () => {
    expect(series.volume.every((p) => p.observation.scope === 'ots-members' && p.observation.metric === 'intra-volume')).toBe(true);
    expect(ids(series.volume)).not.toContain('intra-volume-2021-kazakh-trade-integration');
    expect(series.share.map((p) => [p.year, p.value, p.range])).toEqual([
      [2016, 2, null],
      [2021, 4, null],
      [2023, 5, null],
      [null, 3, null],
      [null, null, [5, 7]],
    ]);
  });

  it('lists the single-state and unclear-scope statements separately, with the reason', () => {
    const listed = series.notPlotted.map((n) => [n.observation.id, n.reason]);
    expect(listed).toContainEqual(['intra-volume-2021-kazakh-trade-integration', 'unclear-scope']);
    expect(listed).toContainEqual(['bilateral-share-2016-nihat-zeybekci', 'single-state']);
    expect(listed).toContainEqual(['bilateral-volume-2022-dolores-tyulebekova', 'single-state']);
    // Totals, targets and forecasts are not trade among the members and are not listed here.
    expect(listed.map(([id]) => id)).not.toContain('target-recep-tayyip-erdogan');
  });

  it('keeps all three 2023 volumes side by side, nudged apart, and records the disagreement', () => {
    const y2023 = series.volume.filter((p) => p.year === 2023);
    expect(y2023.map((p) => [p.value, p.x])).toEqual([
      [22, 2023 - DODGE],
      [42, 2023],
      [42.3, 2023 + DODGE],
    ]);
    expect(y2023[0]?.observation.qualifier).toBe('more-than');
    expect(y2023[2]?.observation.yearApproximate).toBe(true);
    expect(series.disagreements).toEqual([
      {
        kind: 'volume',
        year: 2023,
        ids: ['intra-volume-2023-kassym-jomart-tokayev', 'intra-volume-2023-omer-bolat', 'intra-volume-2023-kubanychbek-omuraliev'],
        low: 22,
        high: 42.3,
      },
    ]);
    expect(y2023[1]?.conflictsWith).toEqual(['intra-volume-2023-kassym-jomart-tokayev', 'intra-volume-2023-kubanychbek-omuraliev']);
  });

  it('puts figures without a year in their own slot after the last year, never at a year', () => {
    expect(series.firstYear).toBe(2014);
    expect(series.lastYear).toBe(2025);
    expect(series.undatedX).toBe(2027);
    const range = series.volume.find((p) => p.id === 'intra-volume-recent-vusal-guliyev');
    expect(range).toMatchObject({ year: null, x: 2027, value: null, range: [42, 57], y: 57, conflictsWith: [] });
    const undatedShares = series.share.filter((p) => p.year == null).map((p) => p.x);
    expect(undatedShares).toEqual([2027 - DODGE / 2, 2027 + DODGE / 2]);
  });

  it('does not call equal figures a disagreement', () => {
    const copy = structuredClone(dataset) as Dataset;
    const bolat = copy.trade.find((o) => o.id === 'intra-volume-2022-omer-bolat');
    if (!bolat) throw new Error('missing observation');
    copy.trade.push({ ...bolat, id: 'intra-volume-2022-repeat', statedBy: 'Someone else' });
    const twice = tradeSeries(copy).volume.filter((p) => p.year === 2022);
    expect(twice).toHaveLength(2);
    expect(twice.every((p) => p.conflictsWith.length === 0)).toBe(true);
    expect(tradeSeries(copy).disagreements.map((d) => d.year)).toEqual([2023]);
  });

  it('collects the sources of every plotted figure', () => {
    expect(series.sources).toContain('nca-strengthening-regional-cooperation-otss');
    expect(series.sources).not.toContain('kazinform-kazakhstan-suggests-turkic-speaking');
  });
});

describe('the "from 3 to 7 percent" claim', () => {
  it('is checked by the shared claim check, for its own period: it cannot be checked', () => {
    const [check] = tradeShareClaims(dataset, { year: 2025, scope: 'members' });
    expect(check?.claim.id).toBe('huseynov-trade-share');
    expect(check?.verdict).toBe('cannot-check');
    expect(check?.own.kind).toBe('share');
  });
});
