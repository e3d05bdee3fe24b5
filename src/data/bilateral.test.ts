/**
 * One state's trade with each other state, from both sides, against the cells of data/reference/trade_dots_bilateral.csv:
 * Kazakhstan and Uzbekistan in 2020.
 */
import { describe, expect, it } from 'vitest';
import { bilateralOf, partnerYear } from './bilateral';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();

describe('bilateralOf', () => {
  const kaz = bilateralOf(dataset, 'KAZ');

  it('keeps each flow as Kazakhstan reports it beside Uzbekistan’s report of the same flow', () => {
    const y2020 = partnerYear(kaz, 'UZB', 2020)!;
    // KAZ,UZB,2020,export 2133337432 and import 780144465; UZB,KAZ,2020,import 2094361328 and export 761357902.
    expect(y2020.own).toEqual({ exports: 2_133_337_432, imports: 780_144_465, turnover: 2_133_337_432 + 780_144_465 });
    expect(y2020.partner).toEqual({ exports: 2_094_361_328, imports: 761_357_902, turnover: 2_094_361_328 + 761_357_902 });
  });

  it('lists every other state, leaves gaps as gaps, and has no figure for Northern Cyprus', () => {
    expect(kaz.covered).toBe(true);
    expect(kaz.partners.map((p) => p.id)).toEqual(['AZE', 'KGZ', 'TUR', 'UZB', 'HUN', 'TKM', 'CYN']);
    expect(kaz.firstYear).toBe(2000);
    expect(kaz.lastYear).toBe(2020);
    expect(partnerYear(kaz, 'CYN', 2020)).toMatchObject({ own: { turnover: null }, partner: { turnover: null } });
    const tkm = bilateralOf(dataset, 'TKM');
    expect(partnerYear(tkm, 'UZB', 2010)).toEqual({ year: 2010, own: { exports: null, imports: null, turnover: null }, partner: { exports: null, imports: null, turnover: null } });
  });

  it('gives the World from the state’s IMF report and from the World Bank, to 2025 for the latter', () => {
    expect(kaz.worldLastYear).toBe(2025);
    const w2024 = kaz.world.find((w) => w.year === 2024)!;
    expect(w2024.imf.turnover).toBeNull();
    expect(w2024.worldBank).toEqual({ exports: 82_471_000_000, imports: 59_133_000_000, turnover: 82_471_000_000 + 59_133_000_000 });
  });

  it('says when no source covers a state', () => {
    expect(bilateralOf(dataset, 'CYN')).toMatchObject({ covered: false, partners: [] });
    expect(bilateralOf({ ...dataset, tradeFlows: null }, 'KAZ').covered).toBe(false);
  });
});
