import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/render';
import { corridorTooltip, lengthSummary, publishers, renderTooltip, stateTooltip } from './tooltip-content';

const dataset = loadBundledDataset();
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
const corridor = (id: string) => dataset.corridors.find((c) => c.id === id)!;

describe('state tooltips', () => {
  it('give the status in the year and the headline figures with their publisher, or say a figure is missing with the latest beside it', () => {
    const model = stateTooltip(dataset, entity('KAZ'), 2025);
    expect(model.title).toBe('Kazakhstan');
    expect(model.subtitle).toBe('Member in 2025 (since 3 October 2009)');
    expect(model.rows).toEqual([
      { label: 'Population, 2025', value: 'no figure; 2024: 20.6 million', source: 'World Bank' },
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
    expect(model.rows[1]).toEqual({ label: 'GDP, 2024', value: 'no figure; 2022: $4.46 bn', source: 'Wikipedia' });
    // With nothing earlier, only the gap is said.
    expect(stateTooltip(dataset, entity('CYN'), 2010).rows[1]).toEqual({ label: 'GDP, 2010', value: 'no figure' });
  });
});

describe('corridor tooltips', () => {
  it('give kind, the status in the year with the milestone that set it and its publisher, length and sources', () => {
    const in2018 = corridorTooltip(dataset, corridor('baku-tbilisi-kars'), [], 2018);
    expect(in2018.subtitle).toBe('Rail · Operational in 2018');
    expect(in2018.rows.map((r) => r.label)).toEqual(['Status in 2018', 'Why', 'Length']);
    expect(in2018.rows[1]).toMatchObject({ value: 'since 30 October 2017 (Opened)', source: expect.stringMatching(/^Tabula/) });
    expect(in2018.rows[2]!.value).toBe('826 km (other figures in Details)');
    expect(in2018.sources).toMatch(/\+\d+$/);
    const in2016 = corridorTooltip(dataset, corridor('baku-tbilisi-kars'), [], 2016);
    expect(in2016.subtitle).toBe('Rail · Not yet open in 2016');
    expect(in2016.rows[1]!.value).toBe('first milestone: Opened, 30 October 2017');
  });

  it('give each stretch with dates of its own its status in the year', () => {
    const sgc = corridorTooltip(dataset, corridor('southern-gas-corridor'), [], 2018);
    expect(sgc.subtitle).toBe('Gas pipeline · Partly operational in 2018');
    expect(sgc.rows.slice(1, 5).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'South Caucasus Pipeline (Sangachal to the Georgia–Türkiye border): operational, as reported: Southern Gas Corridor inaugurated in Baku, 29 May 2018',
      'TANAP, Posof to Eskişehir: operational, since 12 June 2018 (TANAP first section inaugurated at Eskişehir)',
      'TANAP, Eskişehir to İpsala: not yet open, first milestone: TANAP completed at İpsala, 30 November 2019',
      'Trans Adriatic Pipeline (TAP), Kipoi to Melendugno: not yet open, first milestone: TAP commercial operations, 15 November 2020',
    ]);
  });

  it('say a corridor is undated in a year no dated record covers, and which waypoints have no published position', () => {
    expect(corridorTooltip(dataset, corridor('middle-corridor'), [], 2010).subtitle).toBe('Road, rail and sea (multimodal) · Status undated in 2010');
    const cku = corridor('china-kyrgyzstan-uzbekistan');
    const makmal = cku.waypoints.filter((w) => w.location == null);
    expect(corridorTooltip(dataset, cku, makmal, 2025).notes).toContain('No published position for Makmal: that stretch is approximate.');
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
