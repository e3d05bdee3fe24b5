import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/render';
import { corridorTooltip, lengthSummary, publishers, renderTooltip, stateTooltip } from './tooltip-content';

const dataset = loadBundledDataset();
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
const corridor = (id: string) => dataset.corridors.find((c) => c.id === id)!;

describe('state tooltips', () => {
  it('give the status in the year and the headline figures with their publisher, or say a figure is missing', () => {
    const model = stateTooltip(dataset, entity('KAZ'), 2025);
    expect(model.title).toBe('Kazakhstan');
    expect(model.subtitle).toBe('Member in 2025 (since 3 October 2009)');
    expect(model.rows).toEqual([
      { label: 'Population, 2025', value: 'no figure' },
      { label: 'GDP, 2025', value: '$306 bn', source: 'World Bank' },
    ]);
    expect(stateTooltip(dataset, entity('KAZ'), 2024).rows[0]).toEqual({ label: 'Population, 2024', value: '20.6 million', source: 'World Bank' });
  });

  it('say when a state is not yet a member, and from when it will be', () => {
    expect(stateTooltip(dataset, entity('UZB'), 2018).subtitle).toBe('Not yet a member or observer in 2018 (member from 15 October 2019)');
    expect(stateTooltip(dataset, entity('UZB'), 2019).subtitle).toBe('Member in 2019 (since 15 October 2019)');
  });

  it('mark Northern Cyprus’s contested recognition and name the publishers of its own figures', () => {
    const model = stateTooltip(dataset, entity('CYN'), 2024);
    expect(model.subtitle).toBe('Observer in 2024 (since 11 November 2022)');
    expect(model.notes).toEqual(['Recognition contested: Recognised as a state only by Türkiye.']);
    expect(model.rows[0]).toMatchObject({ value: '407,000' });
    expect(model.rows[0]!.source).not.toBe('World Bank');
    expect(model.rows[1]).toEqual({ label: 'GDP, 2024', value: 'no figure' });
  });
});

describe('corridor tooltips', () => {
  it('give kind, status, dates, length and sources', () => {
    const model = corridorTooltip(dataset, corridor('baku-tbilisi-ceyhan'), []);
    expect(model.subtitle).toBe('Oil pipeline · Operational');
    expect(model.rows.map((r) => r.label)).toEqual(['First oil pumped at Baku', 'First oil reached Ceyhan', 'Official opening at Ceyhan', 'Length']);
    expect(model.rows[0]!.value).toBe('10 May 2005');
    expect(model.rows[3]!.value).toBe('1,768 km (other figures in Details)');
    expect(model.sources).toMatch(/\+\d+$/);
  });

  it('say which waypoints have no published position', () => {
    const cku = corridor('china-kyrgyzstan-uzbekistan');
    const makmal = cku.waypoints.filter((w) => w.location == null);
    expect(corridorTooltip(dataset, cku, makmal).notes).toContain('No published position for Makmal: that stretch is approximate.');
    expect(corridorTooltip(dataset, corridor('caspian-green-energy'), []).rows[0]).toEqual({ label: 'MoU on interconnecting the energy systems', value: '1 May 2024' });
  });

  it('summarise lengths without inventing a single figure where the sources give none', () => {
    expect(lengthSummary(null)).toBe('not published');
    expect(lengthSummary(corridor('middle-corridor').length)).toBe('4,256 km (other figures in Details)');
    expect(lengthSummary(corridor('southern-gas-corridor').length)).toBe('about 3,500 km in all (other figures in Details)');
    // km is null here: the range is quoted, with the parenthesis kept whole, and cut at a word.
    const blackSea = lengthSummary(corridor('black-sea-green-energy').length);
    expect(blackSea.startsWith('1,100-1,200 km (sources differ:')).toBe(true);
    expect(blackSea.endsWith('… (in full in Details)')).toBe(true);
  });
});

describe('renderTooltip', () => {
  it('writes text, never markup, from the dataset', () => {
    const el = renderTooltip({ title: '<img src=x onerror=alert(1)>', subtitle: 's', rows: [{ label: 'a', value: 'b', source: 'c' }], notes: ['n'], sources: 'p' });
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(el.querySelector('dd')?.textContent).toBe('b · c');
    expect(el.textContent).toContain('Source: p');
  });

  it('names publishers at a glance', () => {
    expect(publishers(dataset, ['wb-wdi-gdp', 'wb-population'])).toBe('World Bank');
    expect(publishers(dataset, [])).toBeNull();
  });
});
