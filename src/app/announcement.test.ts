// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/render';
import { announcement, type AnnouncedView } from './announcement';

const dataset = loadBundledDataset();
const overview: AnnouncedView = { stateId: null, corridorId: null, eventId: null, year: 2025, scope: 'members' };

describe('announcement', () => {
  it('names a selected state and its standing in the year', () => {
    expect(announcement(dataset, overview, { ...overview, stateId: 'KAZ' })).toBe(
      'Kazakhstan selected: member since 2009; details, map, charts and timeline updated.',
    );
    expect(announcement(dataset, overview, { ...overview, stateId: 'HUN' })).toBe(
      'Hungary selected: observer since 2018; details, map, charts and timeline updated.',
    );
    expect(announcement(dataset, overview, { ...overview, stateId: 'UZB', year: 2015 })).toBe(
      'Uzbekistan selected: not yet a member or observer in 2015; details, map, charts and timeline updated.',
    );
  });

  it('names a corridor, its status in the year and the states it crosses', () => {
    const corridor = dataset.corridors.find((c) => c.id === 'middle-corridor')!;
    const text = announcement(dataset, { ...overview, stateId: 'KAZ' }, { ...overview, corridorId: 'middle-corridor' });
    expect(text).toMatch(new RegExp(`^${corridor.name.replace(/[()]/g, '\\$&')} selected: operational in 2025; crosses .*Kazakhstan.* and .+; details, map and charts updated\\.$`));
    const btk = announcement(dataset, { ...overview, year: 2016 }, { ...overview, year: 2016, corridorId: 'baku-tbilisi-kars' });
    expect(btk).toMatch(/^Baku–Tbilisi–Kars \(BTK\) railway selected: not yet open in 2016; crosses Azerbaijan and Türkiye;/);
  });

  it('says when choosing another year cleared the event of its own year', () => {
    expect(announcement(dataset, { ...overview, eventId: 'samarkand-2022', year: 2022 }, { ...overview, year: 2010 })).toBe(
      '9th Summit, Samarkand, 11 November 2022 is no longer selected: it is in 2022, and 2010 was chosen. Overview of 2010 shown.',
    );
  });

  it('names an event with its year', () => {
    expect(announcement(dataset, overview, { ...overview, eventId: 'gabala-2025' })).toBe(
      '12th Summit, Gabala, 7 October 2025 selected; year 2025; details, map, charts and timeline updated.',
    );
  });

  it('says when the selection is cleared, even if the year changes with it', () => {
    expect(announcement(dataset, { ...overview, eventId: 'baku-2019', year: 2019 }, { ...overview, year: 2019 })).toBe(
      'Selection cleared: overview of 2019 shown.',
    );
  });

  it('counts members, and observers when they are in scope, for a new year', () => {
    expect(announcement(dataset, overview, { ...overview, year: 2018 })).toBe(
      'Year 2018: 4 members; details, map, charts and timeline updated.',
    );
    expect(announcement(dataset, { ...overview, scope: 'all' }, { ...overview, scope: 'all', year: 2018 })).toBe(
      'Year 2018: 4 members and 1 observer; details, map, charts and timeline updated.',
    );
  });

  it('says what a change of scope counts', () => {
    expect(announcement(dataset, overview, { ...overview, scope: 'all' })).toBe('Counting members and observers; details and charts updated.');
    expect(announcement(dataset, { ...overview, scope: 'all' }, overview)).toBe('Counting members only; details and charts updated.');
  });

  it('says nothing when nothing changed', () => {
    expect(announcement(dataset, overview, { ...overview })).toBeNull();
  });
});
