/**
 * The summit timeline's layout, derived once per dataset: a row for every year from the first event to the last (so a
 * year without an event is an honest, empty row), and across each row a date at its fraction of the year. A date known
 * only to the month covers that month; one known only to the year spans the whole row. Labels that would collide in a
 * row are stacked in lanes.
 *
 * Pure: the caller says how wide each label is, so the layout knows nothing of fonts or components.
 */
import type { OtsEvent } from './schema';

export type DatePrecision = 'day' | 'month' | 'year';

/** How precisely a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date is known. */
export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

const DAY_MS = 86_400_000;

/** Days from 1 January (0) to the given day; months past 12 roll into the next year, as in `Date.UTC`. */
function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / DAY_MS;
}

function daysInYear(year: number): number {
  return dayOfYear(year, 13, 1);
}

export interface YearSpan {
  year: number;
  /** Where the date begins, as a fraction of its year: 0 is the start of 1 January. */
  start: number;
  /** Where it ends (exclusive): the end of its last day, month, or year. */
  end: number;
}

/** The part of its year a date covers; an end date in a later year is cut at the end of the first year. */
export function yearSpan(date: string, endDate?: string): YearSpan {
  const [year = NaN, month, day] = date.split('-').map(Number);
  const days = daysInYear(year);
  if (month === undefined) return { year, start: 0, end: 1 };
  if (day === undefined) return { year, start: dayOfYear(year, month, 1) / days, end: dayOfYear(year, month + 1, 1) / days };
  const first = dayOfYear(year, month, day);
  let last = first;
  if (endDate) {
    const [ey = year, em = month, ed = day] = endDate.split('-').map(Number);
    last = ey === year ? Math.max(first, dayOfYear(ey, em, ed)) : days - 1;
  }
  return { year, start: first / days, end: (last + 1) / days };
}

/** The year an event belongs to (the year selecting it moves to). */
export function eventYear(event: Pick<OtsEvent, 'date'>): number {
  return Number(event.date.slice(0, 4));
}

export interface LabelGeometry {
  /** Width in px of an event's label box, which holds its marker at one end. */
  width: (event: OtsEvent) => number;
  /** Width in px of a row that the label widths are measured against. */
  rowWidth: number;
  /** Distance in px from the box's edge to the centre of its marker; a box may reach this far past either end of a row. */
  inset: number;
  /** Least room in px between two boxes in one lane. */
  gap: number;
}

/** Which way a label runs from the event's marker, or `span` when the event spans its whole year. */
export type LabelSide = 'right' | 'left' | 'span';

export interface PlacedEvent {
  event: OtsEvent;
  /** Position in date order across the whole timeline. */
  order: number;
  year: number;
  precision: DatePrecision;
  /** The part of the year the date covers (fractions of the year). */
  start: number;
  end: number;
  /** Where the marker sits: the day, the middle of the month, or the middle of the year. */
  anchor: number;
  side: LabelSide;
  /** The label box, from its left to its right edge, as fractions of the row. */
  box: readonly [number, number];
  /** Stack position within the row: 0 is the top lane. */
  lane: number;
}

export interface YearRow {
  year: number;
  /** The row's events in date order; empty for a year with none. */
  events: PlacedEvent[];
  /** Lanes the row needs (at least 1, so an empty year keeps its height). */
  lanes: number;
}

export interface TimelineLayout {
  /** Every event in date order. */
  events: PlacedEvent[];
  /** Every year from the first event's to the last event's, in order. */
  rows: YearRow[];
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 0, year: 1 };

/**
 * Date order: by year; within a year, events dated to the day or month by their date, then those known only to the
 * year (their place within it is unknown); ties keep the dataset's order.
 */
export function compareByDate(a: Omit<PlacedEvent, 'order' | 'side' | 'box' | 'lane'>, b: typeof a): number {
  return a.year - b.year || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || a.start - b.start;
}

function labelBox(anchor: number, precision: DatePrecision, width: number, inset: number): { side: LabelSide; box: [number, number] } {
  if (precision === 'year') return { side: 'span', box: [0, 1] };
  const right: [number, number] = [anchor - inset, anchor - inset + width];
  if (right[1] <= 1 + inset) return { side: 'right', box: right };
  const left: [number, number] = [anchor + inset - width, anchor + inset];
  if (left[0] >= -inset) return { side: 'left', box: left };
  // Too wide for either side: keep the marker at its date and let the label take the larger side, cut to the row.
  return anchor >= 0.5 ? { side: 'left', box: [-inset, anchor + inset] } : { side: 'right', box: [anchor - inset, 1 + inset] };
}

function assignLanes(events: PlacedEvent[], gap: number): number {
  const lanes: Array<Array<readonly [number, number]>> = [];
  for (const placed of events) {
    const [from, to] = placed.box;
    let lane = lanes.findIndex((boxes) => boxes.every(([bFrom, bTo]) => from >= bTo + gap || to + gap <= bFrom));
    if (lane === -1) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane]?.push(placed.box);
    placed.lane = lane;
  }
  return Math.max(1, lanes.length);
}

export function layoutTimeline(events: readonly OtsEvent[], geometry: LabelGeometry): TimelineLayout {
  const inset = geometry.inset / geometry.rowWidth;
  const gap = geometry.gap / geometry.rowWidth;
  const dated = events
    .map((event, index) => {
      const precision = datePrecision(event.date);
      const { year, start, end } = yearSpan(event.date, event.endDate);
      const anchor = precision === 'day' ? start : (start + end) / 2;
      return { event, index, year, precision, start, end, anchor };
    })
    .sort((a, b) => compareByDate(a, b) || a.index - b.index);

  const placed: PlacedEvent[] = dated.map(({ event, year, precision, start, end, anchor }, order) => ({
    event,
    order,
    year,
    precision,
    start,
    end,
    anchor,
    ...labelBox(anchor, precision, geometry.width(event) / geometry.rowWidth, inset),
    lane: 0,
  }));

  const first = placed[0];
  const last = placed[placed.length - 1];
  if (!first || !last) return { events: [], rows: [] };
  const rows: YearRow[] = [];
  for (let year = first.year; year <= last.year; year++) {
    const inYear = placed.filter((p) => p.year === year);
    rows.push({ year, events: inYear, lanes: assignLanes(inYear, gap) });
  }
  return { events: placed, rows };
}

/** Kinds of event that are summits of heads of state (plans are not). */
export const SUMMIT_KINDS: readonly OtsEvent['kind'][] = ['founding', 'pre-council', 'ordinary', 'informal', 'extraordinary'];

/** A summit that took place: what "Play summits" steps through. */
export function isHeldSummit(event: OtsEvent): boolean {
  return event.status === 'held' && SUMMIT_KINDS.includes(event.kind);
}

/** The held summits in date order. */
export function heldSummits(layout: TimelineLayout): PlacedEvent[] {
  return layout.events.filter((p) => isHeldSummit(p.event));
}
