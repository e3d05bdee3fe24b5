/**
 * Where a plan stands on the dataset's as-of date. A plan is as its latest source states it, on the day that source was
 * published ("planned, as of 30 October 2025"); once the dataset's as-of date is past the plan's own date and no source
 * says it was held, the atlas says there is no report that it was held, rather than that it is still planned.
 */
import type { OtsEvent } from './schema';

export type Standing =
  | { kind: 'held' }
  /** Still ahead (or in progress) on the dataset's as-of date. */
  | { kind: 'plan'; status: Exclude<OtsEvent['status'], 'held'>; statedOn: string | null }
  /** Its date has passed by the dataset's as-of date with no source saying it was held. */
  | { kind: 'no-report'; status: Exclude<OtsEvent['status'], 'held'>; statedOn: string | null; due: string };

/** The last day a date as precise as it is known can mean: "2026-04" → "2026-04-30", "2026" → "2026-12-31". */
export function lastDay(date: string): string {
  const [y = '', m, d] = date.split('-');
  if (d && m) return `${y}-${m}-${d}`;
  if (m) {
    const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(days).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

export function eventStanding(event: Pick<OtsEvent, 'status' | 'statusAsOf' | 'date' | 'endDate'>, asOf: string): Standing {
  if (event.status === 'held') return { kind: 'held' };
  const statedOn = event.statusAsOf ?? null;
  const due = event.endDate ?? event.date;
  if (lastDay(due) < asOf) return { kind: 'no-report', status: event.status, statedOn, due };
  return { kind: 'plan', status: event.status, statedOn };
}
