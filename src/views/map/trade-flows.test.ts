import { describe, expect, it } from 'vitest';
import { flowsModel, flowWeight } from './trade-flows';
import { flowListText, flowsStatusText, flowTooltip } from './flows-text';
import { loadBundledDataset } from '../../test/render';

const dataset = loadBundledDataset();

describe('the map’s trade flows of the selected state', () => {
  it('draws a line to each partner with a figure, widest first, as wide as the state’s own report', () => {
    const model = flowsModel(dataset, 'KAZ', 2020);
    expect(model.status).toBe('drawn');
    // Hand-summed from the file: Türkiye $3.06 bn, Uzbekistan $2.91 bn, Kyrgyzstan $796 m, Turkmenistan $128 m, Hungary $111 m, Azerbaijan $107 m.
    expect(model.lines.map((l) => [l.partnerId, l.shown])).toEqual([['TUR', 3_058_916_939], ['UZB', 2_913_481_897], ['KGZ', 795_701_401], ['TKM', 127_550_053], ['HUN', 110_930_712], ['AZE', 107_330_764]]);
    const uzb = model.lines.find((l) => l.partnerId === 'UZB')!;
    expect(uzb).toMatchObject({ shownBy: 'own', shown: 2_133_337_432 + 780_144_465 });
    expect(uzb.from).toEqual(dataset.entities.find((e) => e.id === 'KAZ')!.capital.location);
    expect(model.unreported).toEqual(['Northern Cyprus']);
    expect(flowListText(uzb, 'Kazakhstan')).toBe('Uzbekistan: $2.91 bn as Kazakhstan reports it ($2.86 bn as Uzbekistan reports it)');
    expect(flowTooltip(uzb, model).rows).toEqual([
      { label: 'As Kazakhstan reports it', value: 'exports $2.13 bn, imports $780 m' },
      { label: 'As Uzbekistan reports it', value: 'exports $2.09 bn (its imports), imports $761 m (its exports)' },
    ]);
  });

  it('widens with the square root of the value', () => {
    expect(flowWeight(0)).toBe(1.5);
    expect(flowWeight(5e9)).toBe(12);
    expect(flowWeight(1.25e9)).toBeCloseTo(1.5 + 10.5 / 2, 9);
    expect(flowWeight(1e12)).toBe(16);
  });

  it('draws a partner-only figure dashed, with the partner’s value', () => {
    // Uzbekistan reports no exports to Hungary for 2000–2015; Hungary reports both its imports from it and its exports to it.
    const model = flowsModel(dataset, 'UZB', 2010);
    const hun = model.lines.find((l) => l.partnerId === 'HUN');
    expect(hun?.own.turnover).toBeNull();
    expect(hun?.shownBy).toBe('partner');
    expect(hun?.shown).toBe(hun?.partner.turnover);
    // Turkmenistan–Azerbaijan 2009: each side reports one flow only, so neither has both: no line, and it says so.
    expect(flowsModel(dataset, 'TKM', 2009).unreported).toContain('Azerbaijan');
  });

  it('says why nothing is drawn: no state, a year past the tables, a state no source covers', () => {
    expect(flowsStatusText(flowsModel(dataset, null, 2020))).toBe('Select a state to draw its trade with each of the others.');
    expect(flowsStatusText(flowsModel(dataset, 'KAZ', 2025))).toBe('No bilateral figures for 2025: the IMF tables in the atlas cover 2000–2020.');
    expect(flowsStatusText(flowsModel(dataset, 'CYN', 2020))).toBe('No source in the atlas has Northern Cyprus’s trade: no flows to draw.');
  });
});
