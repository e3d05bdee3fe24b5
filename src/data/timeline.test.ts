import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/render';
import type { OtsEvent } from './schema';
import {
  datePrecision,
  eventYear,
  heldSummits,
  isHeldSummit,
  layoutTimeline,
  yearSpan,
  type LabelGeometry,
  type PlacedEvent,
  type TimelineLayout,
} from './timeline';

const dataset = loadBundledDataset();

/** Labels 120 px wide on a 600 px row, unless a test says otherwise. */
const geometry = (width: (e: OtsEvent) => number = () => 120): LabelGeometry => ({ width, rowWidth: 600, inset: 10, gap: 6 });
const layout = layoutTimeline(dataset.events, geometry());

const row = (l: TimelineLayout, year: number) => {
  const found = l.rows.find((r) => r.year === year);
  if (!found) throw new Error(`no row for ${year}`);
  return found;
};
const placed = (l: TimelineLayout, id: string): PlacedEvent => {
  const found = l.events.find((p) => p.event.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const overlaps = (a: PlacedEvent, b: PlacedEvent) => a.box[0] < b.box[1] && b.box[0] < a.box[1];

function event(id: string, date: string, extra: Partial<OtsEvent> = {}): OtsEvent {
  return {
    id,
    kind: 'ordinary',
    number: null,
    title: id,
    date,
    city: 'Somewhere',
    hostId: null,
    location: null,
    online: false,
    theme: null,
    outcomes: [],
    membershipChanges: [],
    status: 'held',
    sources: ['s'],
    ...extra,
  };
}

describe('dates on the year axis', () => {
  it('knows how precisely a date is given', () => {
    expect(datePrecision('2025-10-07')).toBe('day');
    expect(datePrecision('2026-04')).toBe('month');
    expect(datePrecision('2026')).toBe('year');
  });

  it('puts a day at its fraction of the year, counting leap years', () => {
    const gabala = yearSpan('2025-10-07');
    expect(gabala.year).toBe(2025);
    expect(gabala.start).toBeCloseTo(279 / 365, 10);
    expect(gabala.end).toBeCloseTo(280 / 365, 10);
    expect(yearSpan('2024-07-06').start).toBeCloseTo(187 / 366, 10);
    expect(yearSpan('2009-01-01').start).toBe(0);
    expect(yearSpan('2009-12-31').end).toBe(1);
  });

  it('covers both days of a two-day summit', () => {
    const almaty = yearSpan('2011-10-20', '2011-10-21');
    expect(almaty.start).toBeCloseTo(292 / 365, 10);
    expect(almaty.end).toBeCloseTo(294 / 365, 10);
  });

  it('spans the whole month or year when that is all that is known', () => {
    const april = yearSpan('2026-04');
    expect(april.start).toBeCloseTo(90 / 365, 10);
    expect(april.end).toBeCloseTo(120 / 365, 10);
    expect(yearSpan('2026-12').end).toBe(1);
    expect(yearSpan('2026')).toEqual({ year: 2026, start: 0, end: 1 });
  });

  it('takes the year from the date, however precise', () => {
    expect(eventYear({ date: '2026' })).toBe(2026);
    expect(eventYear({ date: '2026-04' })).toBe(2026);
    expect(eventYear({ date: '2025-10-07' })).toBe(2025);
  });
});

describe('the timeline layout of the bundled dataset', () => {
  it('has a row for every year from 2009 to 2026, and leaves 2016 and 2017 empty', () => {
    expect(layout.rows.map((r) => r.year)).toEqual(Array.from({ length: 18 }, (_, i) => 2009 + i));
    expect(row(layout, 2016).events).toEqual([]);
    expect(row(layout, 2017).events).toEqual([]);
    expect(row(layout, 2016).lanes).toBe(1);
    const empty = layout.rows.filter((r) => r.events.length === 0).map((r) => r.year);
    expect(empty).toEqual([2016, 2017]);
  });

  it('places every event once, in date order', () => {
    expect(layout.events).toHaveLength(dataset.events.length);
    expect(layout.events.map((p) => p.order)).toEqual(layout.events.map((_, i) => i));
    expect(layout.rows.flatMap((r) => r.events)).toEqual(layout.events);
    const ids = layout.events.map((p) => p.event.id);
    expect(ids.slice(0, 3)).toEqual(['nakhchivan-2009', 'istanbul-2010', 'almaty-2011']);
    expect(ids.indexOf('video-informal-2021')).toBeLessThan(ids.indexOf('istanbul-2021'));
    // A date known to the month comes before dates known only to the year.
    expect(ids.slice(-4)).toEqual(['kazakhstan-informal-2026', 'turkiye-summit-2026', 'military-exercise-2026', 'ots-sat-2026']);
  });

  it('places the marker at the date, and the label beside it without leaving the row', () => {
    for (const p of layout.events) {
      expect(p.anchor).toBeGreaterThanOrEqual(p.start);
      expect(p.anchor).toBeLessThanOrEqual(p.end);
      expect(p.box[0]).toBeGreaterThanOrEqual(-10 / 600);
      expect(p.box[1]).toBeLessThanOrEqual(1 + 10 / 600);
      if (p.side === 'right') expect(p.box[0]).toBeCloseTo(p.anchor - 10 / 600, 10);
      if (p.side === 'left') expect(p.box[1]).toBeCloseTo(p.anchor + 10 / 600, 10);
    }
    // Early in the year the label runs right; late in the year it runs left so it stays in the row.
    expect(placed(layout, 'ankara-2023').side).toBe('right');
    expect(placed(layout, 'bishkek-2024').side).toBe('left');
  });

  it.each([
    [2021, ['video-informal-2021', 'istanbul-2021']],
    [2023, ['ankara-2023', 'astana-2023']],
    [2024, ['shusha-2024', 'bishkek-2024']],
    [2025, ['budapest-2025', 'gabala-2025']],
  ])('keeps the two events of %i apart', (year, ids) => {
    const r = row(layout, year);
    expect(r.events.map((p) => p.event.id)).toEqual(ids);
    const [a, b] = r.events as [PlacedEvent, PlacedEvent];
    expect(a.lane !== b.lane || !overlaps(a, b)).toBe(true);
  });

  it('stacks labels that would collide into lanes', () => {
    // Wide labels make March and November collide in 2021: they stack, one lane each.
    const wide = layoutTimeline(dataset.events, geometry(() => 400));
    const r2021 = row(wide, 2021);
    expect(r2021.lanes).toBe(2);
    expect(r2021.events.map((p) => p.lane)).toEqual([0, 1]);
    for (const r of wide.rows) {
      for (const a of r.events) {
        for (const b of r.events) if (a !== b && a.lane === b.lane) expect(overlaps(a, b)).toBe(false);
        expect(a.lane).toBeLessThan(r.lanes);
      }
    }
  });

  it('stacks the four plans for 2026, each of those known only to the year across the whole row', () => {
    const r = row(layout, 2026);
    expect(r.events).toHaveLength(4);
    expect(r.lanes).toBe(4);
    expect(new Set(r.events.map((p) => p.lane)).size).toBe(4);
    const april = placed(layout, 'kazakhstan-informal-2026');
    expect(april.precision).toBe('month');
    expect(april.start).toBeCloseTo(90 / 365, 10);
    expect(april.anchor).toBeCloseTo(105 / 365, 10);
    expect(april.lane).toBe(0);
    for (const id of ['turkiye-summit-2026', 'military-exercise-2026', 'ots-sat-2026']) {
      const p = placed(layout, id);
      expect(p.precision).toBe('year');
      expect(p.side).toBe('span');
      expect(p.box).toEqual([0, 1]);
    }
  });

  it('keeps one lane for years whose events do not collide', () => {
    expect(row(layout, 2025).lanes).toBe(1);
    expect(row(layout, 2015).lanes).toBe(1);
  });
});

describe('layout of other datasets', () => {
  it('is empty without events', () => {
    expect(layoutTimeline([], geometry())).toEqual({ events: [], rows: [] });
  });

  it('keeps the marker at its date when a label fits neither side, cutting the label to the row', () => {
    const l = layoutTimeline([event('mid', '2020-08-01')], geometry(() => 500));
    const p = placed(l, 'mid');
    expect(p.side).toBe('left');
    expect(p.box[1]).toBeCloseTo(p.anchor + 10 / 600, 10);
    expect(p.box[0]).toBeCloseTo(-10 / 600, 10);
  });

  it('keeps the dataset order for events on the same date', () => {
    const l = layoutTimeline([event('b', '2020-05-05'), event('a', '2020-05-05')], geometry());
    expect(l.events.map((p) => p.event.id)).toEqual(['b', 'a']);
    expect(row(l, 2020).lanes).toBe(2);
  });
});

describe('held summits', () => {
  it('are the summits that took place, in date order, without plans', () => {
    const summits = heldSummits(layout).map((p) => p.event.id);
    expect(summits).toHaveLength(19);
    expect(summits[0]).toBe('nakhchivan-2009');
    expect(summits.at(-1)).toBe('gabala-2025');
    expect(summits).toContain('video-extraordinary-2020');
    expect(summits).toContain('budapest-2025');
    expect(summits.some((id) => id.endsWith('2026'))).toBe(false);
  });

  it('leave out a summit that is only planned', () => {
    expect(isHeldSummit(event('x', '2027', { status: 'planned' }))).toBe(false);
    expect(isHeldSummit(event('y', '2027', { kind: 'plan', status: 'held' }))).toBe(false);
    expect(isHeldSummit(event('z', '2019-01-01'))).toBe(true);
  });
});
