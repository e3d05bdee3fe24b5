import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/render';
import type { OtsEvent } from '../../data/schema';
import {
  membershipBadges,
  namesOf,
  shortDate,
  shortLabel,
  statusText,
  timelineEventDescription,
  timelineEventName,
  timelineSubtitle,
} from './eventText';

const dataset = loadBundledDataset();
const nameOf = namesOf(dataset);
const event = (id: string): OtsEvent => {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('accessible names', () => {
  it('say what, where and when', () => {
    expect(timelineEventName(event('gabala-2025'), dataset.asOf)).toBe('12th Summit, Gabala, 7 October 2025');
    expect(timelineEventName(event('nakhchivan-2009'), dataset.asOf)).toBe('Nakhchivan Summit (founding), Nakhchivan, 2–3 October 2009');
    expect(timelineEventName(event('video-extraordinary-2020'), dataset.asOf)).toBe('Extraordinary Summit (videoconference), online, 10 April 2020');
  });

  it('say when something has not happened, dated by its source, and give a partial date as it is known', () => {
    expect(timelineEventName(event('turkiye-summit-2026'), dataset.asOf)).toBe('Summit in Türkiye (expected), 2026, planned, unconfirmed, as of 30 October 2025');
    expect(timelineEventName(event('military-exercise-2026'), dataset.asOf)).toBe('Joint OTS military exercise (proposed), 2026, proposed, as of 7 October 2025');
  });

  it('say there is no report that a plan was held once the dataset’s as-of date is past its date', () => {
    expect(timelineEventName(event('kazakhstan-informal-2026'), dataset.asOf)).toBe(
      'Informal Summit (announced), April 2026, no report that it was held (planned for April 2026, as of 30 October 2025)',
    );
    // As of an earlier date, it was still a plan.
    expect(timelineEventName(event('kazakhstan-informal-2026'), '2026-03-01')).toBe('Informal Summit (announced), April 2026, planned, as of 30 October 2025');
  });
});

describe('accessible descriptions', () => {
  it('say how precisely a partial date is known', () => {
    expect(timelineEventDescription(event('kazakhstan-informal-2026'), nameOf, null)).toBe('Day not announced.');
    expect(timelineEventDescription(event('ots-sat-2026'), nameOf, null)).toBe('Month and day not announced.');
    expect(timelineEventDescription(event('bodrum-2014'), nameOf, null)).toBe('');
  });

  it('name membership changes', () => {
    expect(timelineEventDescription(event('baku-2019'), nameOf, null)).toBe('Uzbekistan joins as a member.');
    expect(timelineEventDescription(event('cholpon-ata-2018'), nameOf, null)).toBe('Hungary becomes an observer.');
    expect(timelineEventDescription(event('nakhchivan-2009'), nameOf, null)).toBe(
      'Founding members: Azerbaijan, Kazakhstan, Kyrgyzstan and Türkiye.',
    );
  });

  it('say "hosted by" only for the selected state’s summits', () => {
    expect(timelineEventDescription(event('almaty-2011'), nameOf, 'KAZ')).toBe('Hosted by Kazakhstan.');
    expect(timelineEventDescription(event('almaty-2011'), nameOf, 'AZE')).toBe('');
    expect(timelineEventDescription(event('baku-2019'), nameOf, 'AZE')).toBe('Uzbekistan joins as a member. Hosted by Azerbaijan.');
    expect(timelineEventDescription(event('kazakhstan-informal-2026'), nameOf, 'KAZ')).toBe('Day not announced. Hosted by Kazakhstan.');
  });
});

describe('what the timeline shows', () => {
  it('labels an event by its city, "Online", or its title and host', () => {
    expect(shortLabel(event('gabala-2025'), nameOf)).toBe('Gabala');
    expect(shortLabel(event('video-informal-2021'), nameOf)).toBe('Online');
    expect(shortLabel(event('kazakhstan-informal-2026'), nameOf)).toBe('Informal Summit · Kazakhstan');
    // The host is not repeated when the title names it.
    expect(shortLabel(event('turkiye-summit-2026'), nameOf)).toBe('Summit in Türkiye');
    expect(shortLabel(event('ots-sat-2026'), nameOf)).toBe('OTS-SAT CubeSat launch');
  });

  it('dates an event as precisely as it is known', () => {
    expect(shortDate(event('gabala-2025'))).toBe('7 Oct');
    expect(shortDate(event('almaty-2011'))).toBe('20–21 Oct');
    expect(shortDate(event('kazakhstan-informal-2026'))).toBe('April');
    expect(shortDate(event('turkiye-summit-2026'))).toBe('Month not announced');
    expect(shortDate({ ...event('gabala-2025'), date: '2025-09-30', endDate: '2025-10-01' })).toBe('30 Sep – 1 Oct');
  });

  it('tags what has not happened with its status', () => {
    expect(statusText(event('gabala-2025'), dataset.asOf)).toBeNull();
    expect(statusText(event('kazakhstan-informal-2026'), dataset.asOf)).toBe('No report that it was held');
    expect(statusText(event('turkiye-summit-2026'), dataset.asOf)).toBe('Planned, unconfirmed');
    expect(statusText(event('military-exercise-2026'), dataset.asOf)).toBe('Proposed');
  });

  it('shows membership changes as badges', () => {
    expect(membershipBadges(event('baku-2019'), nameOf)).toEqual([{ key: 'UZB', text: 'Uzbekistan joins', status: 'member' }]);
    expect(membershipBadges(event('cholpon-ata-2018'), nameOf)).toEqual([{ key: 'HUN', text: 'Hungary: observer', status: 'observer' }]);
    expect(membershipBadges(event('samarkand-2022'), nameOf).map((b) => b.text)).toEqual(['Northern Cyprus: observer']);
    expect(membershipBadges(event('nakhchivan-2009'), nameOf).map((b) => b.text)).toEqual(['4 founding members']);
    expect(membershipBadges(event('gabala-2025'), nameOf)).toEqual([]);
  });
});

describe('the subtitle', () => {
  it('gives the span, a selected year outside it, and what is marked for the selected state', () => {
    const base = { first: 2009, last: 2026, year: 2025, hostName: null, hosted: 0 };
    expect(timelineSubtitle(base)).toBe('2009–2026, by month');
    expect(timelineSubtitle({ ...base, year: 2005, hostName: 'Kazakhstan', hosted: 5 })).toBe(
      '2009–2026, by month · 2005 is outside it · marked: 5 hosted by Kazakhstan',
    );
    expect(timelineSubtitle({ ...base, hostName: 'Turkmenistan', hosted: 0 })).toBe('2009–2026, by month · Turkmenistan hosted none');
    expect(timelineSubtitle({ ...base, first: undefined, last: undefined })).toBe('No events in this dataset');
  });
});
