/** Where an event stands, in words: held, or a plan dated by its source, or a plan whose date passed unreported. */
import { eventStanding } from '../data/plans';
import type { OtsEvent } from '../data/schema';
import { formatPartialDate } from './format';
import { EVENT_STATUS_LABEL } from './labels';

type Dated = Pick<OtsEvent, 'status' | 'statusAsOf' | 'date' | 'endDate'>;

export const NO_REPORT = 'No report that it was held';

/**
 * "Held"; "Planned, as of 30 October 2025"; "No report that it was held (planned for April 2026, as of 30 October
 * 2025)". `asOf` is the dataset's as-of date.
 */
export function eventStatusText(event: Dated, asOf: string): string {
  const standing = eventStanding(event, asOf);
  if (standing.kind === 'held') return EVENT_STATUS_LABEL.held;
  const stated = standing.statedOn ? `as of ${formatPartialDate(standing.statedOn)}` : 'date of the announcement not recorded';
  const status = EVENT_STATUS_LABEL[standing.status];
  if (standing.kind === 'plan') return `${status}, ${stated}`;
  return `${NO_REPORT} (${status.toLowerCase()} for ${formatPartialDate(standing.due)}, ${stated})`;
}

/** The short tag the timeline shows: null for what was held, "Planned", "Proposed", "No report that it was held". */
export function eventStatusTag(event: Dated, asOf: string): string | null {
  const standing = eventStanding(event, asOf);
  if (standing.kind === 'held') return null;
  return standing.kind === 'no-report' ? NO_REPORT : EVENT_STATUS_LABEL[standing.status];
}

/** Why a plan reads as it does, for the details: what the dataset knows and when. */
export function eventStatusNote(event: Dated, asOf: string): string | null {
  const standing = eventStanding(event, asOf);
  if (standing.kind === 'no-report') {
    return `Its date (${formatPartialDate(standing.due)}) is past the dataset’s as-of date (${formatPartialDate(asOf)}), and no source in the dataset says it was held; the last source ${standing.statedOn ? `(${formatPartialDate(standing.statedOn)}) ` : ''}called it ${EVENT_STATUS_LABEL[standing.status].toLowerCase()}.`;
  }
  if (standing.kind === 'plan') {
    return `As its latest source states it${standing.statedOn ? `, published ${formatPartialDate(standing.statedOn)}` : ''}; the dataset is as of ${formatPartialDate(asOf)}.`;
  }
  return null;
}
