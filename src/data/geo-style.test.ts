import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/render';
import {
  CORRIDOR_DASH,
  MAP_PALETTE,
  NOT_COUNTED_FADE,
  OBSERVER_HATCH_ID,
  STATUS_DASH,
  contextStyle,
  corridorEmphasis,
  corridorStyle,
  entityStyle,
  mapStatus,
  stateEmphasis,
  type Selection,
} from './geo-style';

const dataset = loadBundledDataset();
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
const corridor = (id: string) => dataset.corridors.find((c) => c.id === id)!;
const none: Selection = { stateId: null, crossed: null };

describe('state styles by year', () => {
  it('show Uzbekistan as not yet a member in 2018 and as a member from 2019', () => {
    expect(mapStatus(entity('UZB'), 2018)).toBe('none');
    expect(mapStatus(entity('UZB'), 2019)).toBe('member');
    const before = entityStyle(entity('UZB'), 2018, none, false);
    const after = entityStyle(entity('UZB'), 2019, none, false);
    expect(before.fillColor).toBe(MAP_PALETTE.none.fill);
    expect(before.dashArray).toBe(STATUS_DASH.none);
    expect(after.fillColor).toBe(MAP_PALETTE.member.fill);
    expect(after.dashArray).toBeUndefined();
  });

  it('hatch observers and dash their outline: Hungary from 2018, Turkmenistan from 2021', () => {
    expect(entityStyle(entity('HUN'), 2017, none, false).fillColor).toBe(MAP_PALETTE.none.fill);
    const hungary = entityStyle(entity('HUN'), 2018, none, false);
    expect(hungary.fillColor).toBe(`url(#${OBSERVER_HATCH_ID})`);
    expect(hungary.dashArray).toBe(STATUS_DASH.observer);
    expect(mapStatus(entity('TKM'), 2020)).toBe('none');
    expect(mapStatus(entity('TKM'), 2021)).toBe('observer');
  });

  it('mark Northern Cyprus as an observer whose recognition is contested, with its own outline', () => {
    const cyprus = entityStyle(entity('CYN'), 2025, none, false);
    expect(cyprus.fillColor).toBe(`url(#${OBSERVER_HATCH_ID})`);
    expect(cyprus.color).toBe(MAP_PALETTE.contested);
    expect(entityStyle(entity('HUN'), 2025, none, false).color).not.toBe(MAP_PALETTE.contested);
  });

  it('fade the observers when only the members are counted, and only them', () => {
    const counted = entityStyle(entity('HUN'), 2025, none, false, 'all');
    const notCounted = entityStyle(entity('HUN'), 2025, none, false, 'members');
    expect(notCounted.fillColor).toBe(counted.fillColor);
    expect(notCounted.fillOpacity).toBeCloseTo(counted.fillOpacity! * NOT_COUNTED_FADE);
    expect(notCounted.opacity).toBeLessThan(counted.opacity!);
    // Members are counted either way; a state neither member nor observer yet is not faded further.
    expect(entityStyle(entity('KAZ'), 2025, none, false, 'members')).toEqual(entityStyle(entity('KAZ'), 2025, none, false, 'all'));
    expect(entityStyle(entity('UZB'), 2018, none, false, 'members')).toEqual(entityStyle(entity('UZB'), 2018, none, false, 'all'));
  });

  it('tell the three statuses apart by outline as well as by colour', () => {
    expect(new Set(Object.values(STATUS_DASH)).size).toBe(3);
    expect(new Set([MAP_PALETTE.member.fill, MAP_PALETTE.observer.fill, MAP_PALETTE.none.fill, MAP_PALETTE.land]).size).toBe(4);
  });
});

describe('selection', () => {
  it('outlines the selected state and dims the others', () => {
    const selection: Selection = { stateId: 'KAZ', crossed: null };
    expect(stateEmphasis('KAZ', selection)).toBe('selected');
    expect(stateEmphasis('TUR', selection)).toBe('dimmed');
    const selected = entityStyle(entity('KAZ'), 2025, selection, false);
    const dimmed = entityStyle(entity('TUR'), 2025, selection, false);
    expect(selected.color).toBe(MAP_PALETTE.selected);
    expect(selected.weight).toBeGreaterThan(entityStyle(entity('KAZ'), 2025, none, false).weight!);
    expect(dimmed.fillOpacity).toBeLessThan(entityStyle(entity('TUR'), 2025, none, false).fillOpacity!);
  });

  it('highlights the states a selected corridor crosses', () => {
    const selection: Selection = { stateId: null, crossed: new Set(corridor('baku-tbilisi-ceyhan').crosses) };
    expect(['AZE', 'TUR', 'KAZ'].map((id) => stateEmphasis(id, selection))).toEqual(['highlighted', 'highlighted', 'dimmed']);
  });

  it('keeps the corridors through a selected state in view and fades the rest', () => {
    expect(corridorEmphasis(corridor('middle-corridor'), null, 'KAZ')).toBe('normal');
    expect(corridorEmphasis(corridor('baku-tbilisi-ceyhan'), null, 'KAZ')).toBe('dimmed');
    expect(corridorEmphasis(corridor('baku-tbilisi-ceyhan'), 'baku-tbilisi-ceyhan', null)).toBe('selected');
    expect(corridorEmphasis(corridor('middle-corridor'), 'baku-tbilisi-ceyhan', null)).toBe('dimmed');
    expect(corridorEmphasis(corridor('middle-corridor'), null, null)).toBe('normal');
  });
});

describe('corridor styles', () => {
  it('colour by kind and dash by the status in the year, one dash per status', () => {
    const btc = corridorStyle('oil-pipeline', 'operational', 'line', false, 'normal');
    const cku = corridorStyle('rail', 'under-construction', 'line', false, 'normal');
    const cable = corridorStyle('power-cable', 'planned', 'line', true, 'normal');
    const undated = corridorStyle('multimodal', 'undated', 'line', false, 'normal');
    expect(btc).toMatchObject({ color: MAP_PALETTE.corridor['oil-pipeline'], dashArray: undefined });
    expect(cku).toMatchObject({ color: MAP_PALETTE.corridor.rail, dashArray: CORRIDOR_DASH['under-construction'] });
    expect(cable).toMatchObject({ color: MAP_PALETTE.corridor['power-cable'], dashArray: CORRIDOR_DASH.planned });
    expect(undated).toMatchObject({ color: MAP_PALETTE.corridor.multimodal, dashArray: CORRIDOR_DASH.undated, opacity: 1 });
    expect(new Set(Object.values(MAP_PALETTE.corridor)).size).toBe(5);
    expect(new Set(Object.values(CORRIDOR_DASH)).size).toBe(5);
  });

  it('draw what has not begun that year faint and thin, without its white casing', () => {
    const normal = corridorStyle('rail', 'operational', 'line', false, 'normal');
    const notYet = corridorStyle('rail', 'not-yet', 'line', false, 'normal');
    expect(notYet.opacity).toBeLessThan(0.5);
    expect(notYet.weight).toBeLessThan(normal.weight!);
    expect(corridorStyle('rail', 'not-yet', 'casing', false, 'normal').opacity).toBe(0);
    expect(corridorStyle('rail', 'not-yet', 'line', false, 'selected').weight).toBeGreaterThan(notYet.weight!);
  });

  it('draw the uncertainty band only along approximate stretches', () => {
    expect(corridorStyle('power-cable', 'planned', 'band', true, 'normal').opacity).toBeGreaterThan(0);
    expect(corridorStyle('power-cable', 'planned', 'band', false, 'normal').opacity).toBe(0);
  });

  it('make the selected corridor heavier and the others fainter', () => {
    const normal = corridorStyle('oil-pipeline', 'operational', 'line', false, 'normal');
    expect(corridorStyle('oil-pipeline', 'operational', 'line', false, 'selected').weight).toBeGreaterThan(normal.weight!);
    expect(corridorStyle('oil-pipeline', 'operational', 'line', false, 'dimmed').opacity).toBeLessThan(normal.opacity!);
    // The pointer target stays invisible and wide whatever the emphasis.
    expect(corridorStyle('oil-pipeline', 'operational', 'hit', false, 'dimmed')).toMatchObject({ opacity: 0, weight: 14 });
  });
});

describe('context countries', () => {
  it('are neutral, and let tiles show through when the online basemap is on', () => {
    expect(contextStyle(false)).toMatchObject({ fillColor: MAP_PALETTE.land, fillOpacity: 1 });
    expect(contextStyle(true).fillOpacity).toBeLessThan(0.5);
  });
});
