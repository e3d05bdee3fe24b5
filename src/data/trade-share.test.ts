/**
 * The intra-OTS share of merchandise trade computed from IMF DOTS, against figures worked out by hand from
 * data/reference/trade_dots_bilateral.csv: the five members, from their own reports, 4.02% in 2018, 4.83% in 2019 and
 * 4.81% in 2020; without Uzbekistan (not yet a member in 2018) 2.35%.
 */
import { describe, expect, it } from 'vitest';
import { shareSeries, shareYear, type ShareYear } from './trade-share';
import { bilateralIndex } from './flows';
import type { Dataset } from './schema';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();
const index = bilateralIndex(dataset)!;

function year(series: ReturnType<typeof shareSeries>, y: number): ShareYear {
  const found = series.years.find((s) => s.year === y);
  if (!found) throw new Error(`no ${y}`);
  return found;
}

describe('the share of the members’ trade that is with each other', () => {
  it('for today’s five members throughout: 4.02%, 4.83%, 4.81% in 2018–2020', () => {
    const today = shareSeries(dataset, 'members', 'today');
    expect(year(today, 2018).states).toEqual(['AZE', 'KAZ', 'KGZ', 'TUR', 'UZB']);
    expect(year(today, 2018).own).toBeCloseTo(4.016, 3);
    expect(year(today, 2019).own).toBeCloseTo(4.8335, 4);
    expect(year(today, 2020).own).toBeCloseTo(4.8101, 4);
    // Hand-summed: exports to each other as the exporters report them, imports as the importers do, and the World.
    expect(year(today, 2018).intra).toEqual({ exportsReported: 12_551_367_965, importsReported: 10_229_227_811 });
    expect(year(today, 2018).world).toBe(567_242_197_833);
  });

  it('counted since joining, the year a state joined in counts whole: 2.35% for the four in 2018, Uzbekistan from 2019', () => {
    const joined = shareSeries(dataset, 'members', 'since-joining');
    expect(year(joined, 2018).states).toEqual(['AZE', 'KAZ', 'KGZ', 'TUR']);
    expect(year(joined, 2018).own).toBeCloseTo(2.349, 3);
    expect(year(joined, 2019).states).toContain('UZB');
    expect(year(joined, 2019).own).toBeCloseTo(4.8335, 4);
    // Before the Nakhchivan Agreement of 2009 no state is counted: no share, not a zero.
    expect(year(joined, 2008)).toMatchObject({ own: null, mirror: null, noShare: 'no-states' });
    expect(year(joined, 2009).own).toBeCloseTo(2.3997, 4);
  });

  it('from partners’ reports comes to the same share for the whole set, every year: the same flows, counted from both sides', () => {
    for (const y of shareSeries(dataset, 'members', 'today').years) {
      expect(y.mirror).not.toBeNull();
      expect(y.mirror!).toBeCloseTo(y.own!, 9);
    }
  });

  it('with the observers counted since joining: Hungary from 2018 (2.48%), Uzbekistan too from 2019', () => {
    const all = shareSeries(dataset, 'all', 'since-joining');
    expect(year(all, 2018).states).toEqual(['AZE', 'KAZ', 'KGZ', 'TUR', 'HUN']);
    expect(year(all, 2018).own).toBeCloseTo(2.4793, 4);
    expect(year(all, 2020).own).toBeCloseTo(4.2075, 4);
  });

  it('shows no share where the set lacks a cell, rather than the share of a smaller set', () => {
    // Today's observers include Northern Cyprus, which no source covers: no year has a share.
    const all = shareSeries(dataset, 'all', 'today');
    expect(all.years.every((y) => y.own == null && y.noShare === 'missing')).toBe(true);
    expect(year(all, 2018).missing.own.filter((c) => c.reporter === 'CYN')).toHaveLength(2 + 7 * 2);

    // Without Northern Cyprus, Turkmenistan and Uzbekistan report nothing of their trade with each other in 2004–2015.
    const withoutCyprus: Dataset = { ...dataset, entities: dataset.entities.filter((e) => e.id !== 'CYN') };
    const seven = shareSeries(withoutCyprus, 'all', 'today');
    for (let y = 2004; y <= 2015; y++) {
      expect(year(seven, y).own, String(y)).toBeNull();
      expect(year(seven, y).missing.own).toContainEqual({ reporter: 'TKM', partner: 'UZB', flow: 'export' });
    }
    expect(year(seven, 2018).own).toBeCloseTo(3.9371, 4);
    expect(year(seven, 2016).own).toBeCloseTo(3.9536, 4);
  });

  it('is empty for a dataset without measured flows', () => {
    expect(shareSeries({ ...dataset, tradeFlows: null }, 'members', 'today').years).toEqual([]);
  });

  it('reads single cells as the reference file gives them', () => {
    // Kazakhstan's exports to Uzbekistan in 2020, $2,133.3 m, against Uzbekistan's imports from it, $2,094.4 m.
    expect(index.value('KAZ', 'UZB', 'export', 2020)).toBe(2_133_337_432);
    expect(index.value('UZB', 'KAZ', 'import', 2020)).toBe(2_094_361_328);
    expect(index.value('TKM', 'UZB', 'export', 2010)).toBeNull();
    expect(shareYear(dataset, index, 2020, 'members', 'since-joining').own).toBeCloseTo(4.8101, 4);
  });
});
