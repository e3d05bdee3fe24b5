import { describe, expect, it } from 'vitest';
import { formatSearch, parseSearch, sameView, type KnownValues } from './url-state';
import { DEFAULT_VIEW } from './store';

const known: KnownValues = {
  stateIds: new Set(['KAZ', 'UZB', 'TUR']),
  corridorIds: new Set(['middle-corridor']),
  eventIds: new Set(['gabala-2025']),
  eventYears: new Map([['gabala-2025', 2025]]),
  years: { min: 2000, max: 2026 },
  defaultYear: 2025,
};

describe('parseSearch', () => {
  it('reads every parameter of a valid link', () => {
    const { view, dropped } = parseSearch('?state=KAZ&year=2018&scope=all', known);
    expect(view).toEqual({ ...DEFAULT_VIEW, stateId: 'KAZ', year: 2018, scope: 'all' });
    expect(dropped).toEqual([]);
  });

  it('accepts a lower-case state code', () => {
    expect(parseSearch('?state=kaz', known).view.stateId).toBe('KAZ');
  });

  it('drops an unknown state but keeps the rest of the link', () => {
    const { view, dropped } = parseSearch('?state=XYZ&year=2019&scope=all', known);
    expect(view).toEqual({ ...DEFAULT_VIEW, year: 2019, scope: 'all' });
    expect(dropped).toEqual([{ param: 'state', value: 'XYZ', reason: 'no such state in the dataset' }]);
  });

  it('drops malformed values with a reason each', () => {
    const { view, dropped } = parseSearch('?state=<script>&year=20x5&scope=everyone&corridor=Not%20A%20Slug', known);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(dropped.map((d) => d.param).sort()).toEqual(['corridor', 'scope', 'state', 'year']);
  });

  it('drops a year outside the dataset', () => {
    const { view, dropped } = parseSearch('?year=1990', known);
    expect(view.year).toBeNull();
    expect(dropped[0]?.reason).toBe('outside 2000–2026');
  });

  it('checks syntax only until the dataset is known', () => {
    expect(parseSearch('?state=XYZ&year=1990').view).toMatchObject({ stateId: 'XYZ', year: 1990 });
  });

  it('keeps one selection: an event wins over a corridor and a state', () => {
    const { view, dropped } = parseSearch('?state=KAZ&corridor=middle-corridor&event=gabala-2025', known);
    expect(view).toMatchObject({ eventId: 'gabala-2025', corridorId: null, stateId: null, year: 2025 });
    expect(dropped.map((d) => d.param).sort()).toEqual(['corridor', 'state']);
  });

  it('gives a linked event its own year', () => {
    const { view, dropped } = parseSearch('?event=gabala-2025&year=2018', { ...known, defaultYear: 2024 });
    expect(view.year).toBe(2025);
    expect(dropped).toEqual([{ param: 'year', value: '2018', reason: 'the event is in 2025' }]);
  });

  it('treats the default year as no year at all', () => {
    expect(parseSearch('?year=2025', known).view.year).toBeNull();
  });
});

describe('formatSearch', () => {
  it('writes only non-default values', () => {
    expect(formatSearch(DEFAULT_VIEW, '', 2025)).toBe('');
    expect(formatSearch({ ...DEFAULT_VIEW, year: 2025 }, '', 2025)).toBe('');
    expect(formatSearch({ ...DEFAULT_VIEW, stateId: 'KAZ', year: 2018, scope: 'all' }, '', 2025)).toBe(
      '?state=KAZ&year=2018&scope=all',
    );
  });

  it('replaces its own parameters and leaves out those it does not read', () => {
    expect(formatSearch({ ...DEFAULT_VIEW, corridorId: 'middle-corridor' }, '?utm=x&state=KAZ', 2025)).toBe('?corridor=middle-corridor');
  });

  it('round-trips through parseSearch', () => {
    const view = { ...DEFAULT_VIEW, eventId: 'gabala-2025', year: 2025, scope: 'all' as const };
    const parsed = parseSearch(formatSearch(view, '', 2024), { ...known, defaultYear: 2024 }).view;
    expect(sameView(parsed, view, 2024)).toBe(true);
  });
});

describe('the slide parameter', () => {
  it('opens briefing mode at a slide and is written first, before the view', () => {
    const parsed = parseSearch('?slide=3&state=KAZ', known);
    expect(parsed.slide).toBe(3);
    expect(formatSearch(parsed.view, '?slide=3&state=KAZ', known.defaultYear, 4)).toBe('?slide=4&state=KAZ');
  });

  it('is dropped when it is not a slide number, and leaves briefing mode off', () => {
    for (const raw of ['0', '-1', 'two', '1.5', '1000']) {
      const parsed = parseSearch(`?slide=${raw}`, known);
      expect(parsed.slide, raw).toBeNull();
      expect(parsed.dropped, raw).toEqual([{ param: 'slide', value: raw, reason: 'not a slide number' }]);
    }
  });

  it('is removed from the link outside briefing mode', () => {
    expect(formatSearch(DEFAULT_VIEW, '?slide=2&scope=all', known.defaultYear, null)).toBe('');
  });
});

describe('parseSearch with a repeated parameter', () => {
  // Found by the property test: the second state in "?state=middle-corridor&state=AZE" vanished without a notice.
  it('uses the first value and reports the others', () => {
    const { view, dropped } = parseSearch('?state=middle-corridor&state=AZE', { ...known, stateIds: new Set(['AZE']) });
    expect(view).toEqual(DEFAULT_VIEW);
    expect(dropped).toEqual([
      { param: 'state', value: 'AZE', reason: 'repeated; the first value was used' },
      { param: 'state', value: 'middle-corridor', reason: 'not a three-letter state code' },
    ]);
  });

  it('skips empty values before choosing the first', () => {
    expect(parseSearch('?year=&year=2019', known)).toEqual({ view: { ...DEFAULT_VIEW, year: 2019 }, slide: null, dropped: [], embed: null });
  });
});

describe('what a link carries that the atlas does not use', () => {
  it('a parameter repeated ten thousand times is reported once, with how often', () => {
    const { view, dropped } = parseSearch(`?${Array.from({ length: 10_000 }, () => 'state=KAZ').join('&')}`, known);
    expect(view.stateId).toBe('KAZ');
    expect(dropped).toEqual([{ param: 'state', value: 'KAZ', reason: 'repeated 9999 more times; the first value was used' }]);
  });

  it('an unknown parameter is reported, once, and left out of what the atlas writes', () => {
    const huge = 'x'.repeat(100_000);
    const search = `?x=${huge}&state=KAZ&utm_source=mail&x=again&embed=map`;
    const { view, dropped } = parseSearch(search, known);
    expect(dropped).toEqual([
      { param: 'x', value: huge, reason: 'not a parameter of the atlas' },
      { param: 'utm_source', value: 'mail', reason: 'not a parameter of the atlas' },
    ]);
    expect(formatSearch(view, search, known.defaultYear)).toBe('?embed=map&state=KAZ');
  });
});

describe('embed', () => {
  it('reads the panel to show on its own, apart from the view', () => {
    const parsed = parseSearch('?embed=gdp&state=KAZ', known);
    expect(parsed.embed).toBe('gdp');
    expect(parsed.view).toEqual({ ...DEFAULT_VIEW, stateId: 'KAZ' });
    expect(parsed.dropped).toEqual([]);
    expect(parseSearch('?state=KAZ', known).embed).toBeNull();
  });

  it('drops an unknown panel with a reason, and the rest of the link still applies', () => {
    const parsed = parseSearch('?embed=details&year=2019', known);
    expect(parsed.embed).toBeNull();
    expect(parsed.view.year).toBe(2019);
    expect(parsed.dropped).toEqual([{ param: 'embed', value: 'details', reason: 'expected one of map, gdp, trade, timeline, claims' }]);
  });

  it('survives a change of view, while an invalid value is removed from the address', () => {
    expect(formatSearch({ ...DEFAULT_VIEW, stateId: 'UZB' }, '?embed=trade&state=KAZ', 2025)).toBe('?embed=trade&state=UZB');
    expect(formatSearch({ ...DEFAULT_VIEW, stateId: 'UZB' }, '?embed=nope&state=KAZ', 2025)).toBe('?state=UZB');
  });
});
