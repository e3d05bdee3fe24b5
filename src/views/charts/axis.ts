/** Axis helpers shared by the charts: ticks, the event's place on a yearly axis, animation timing. */
import type { Dataset } from '../../data/schema';
import { yearPosition } from '../../ui/format-chart';

/** Short, so a chart settles quickly; off altogether under prefers-reduced-motion. */
export const ANIMATION_MS = 450;

export interface EventMarker {
  /** Position on the yearly axis. */
  x: number;
  title: string;
  date: string;
}

/** The selected event on a yearly axis from `first` to `last`: at its date, kept on the axis; null outside it. */
export function eventMarkerFor(dataset: Dataset, eventId: string | null, first: number, last: number): EventMarker | null {
  const event = eventId == null ? undefined : dataset.events.find((e) => e.id === eventId);
  if (!event) return null;
  const x = yearPosition(event.date);
  if (Math.floor(x) < first || Math.floor(x) > last) return null;
  return { x: Math.min(x, last), title: event.title, date: event.date };
}

/** Years for the axis ticks: every `step` years, ending on the last year. */
export function yearTicks(first: number, last: number, step: number): number[] {
  const ticks: number[] = [];
  for (let y = last; y >= first; y -= step) ticks.unshift(y);
  return ticks;
}

/** Round ticks from zero past `max`: steps of 1, 2, 2.5 or 5 times a power of ten, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}
