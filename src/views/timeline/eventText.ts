/** What the timeline says about an event: on screen, and to assistive technology. */
import type { Dataset, OtsEvent, StatusKind } from '../../data/schema';
import { datePrecision } from '../../data/timeline';
import { formatList } from '../../ui/format';
import { eventLabel } from '../../ui/labels';
import { eventStatusTag, eventStatusText } from '../../ui/event-status-text';

/** The name of a member or observer, by id. */
export type NameOf = (entityId: string) => string;

export function namesOf(dataset: Dataset): NameOf {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return (id) => names.get(id) ?? id;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * The accessible name: what, where and when ("12th Summit, Gabala, 7 October 2025"), and for what has not happened,
 * where it stands on the dataset's as-of date ("Summit in Türkiye (expected), 2026, planned, unconfirmed, as of 30
 * October 2025"; "Informal Summit (announced), April 2026, no report that it was held (…)").
 */
export function timelineEventName(event: OtsEvent, asOf: string): string {
  const label = eventLabel(event);
  if (event.status === 'held') return label;
  const status = eventStatusText(event, asOf);
  return `${label}, ${status.charAt(0).toLowerCase()}${status.slice(1)}`;
}

/** The visible label: the city, "Online", or for an event with no city yet, its title and host country. */
export function shortLabel(event: OtsEvent, nameOf: NameOf): string {
  if (event.city) return event.city;
  if (event.online) return 'Online';
  // A plan's title often ends in how firm it is ("(announced)", "(proposed)"): its status tag says that already, and
  // the whole title is in the event's name and details.
  const title = event.kind === 'plan' ? event.title.replace(/\s*\([^()]*\)$/, '') || event.title : event.title;
  const host = event.hostId ? nameOf(event.hostId) : null;
  return host && !title.includes(host) ? `${title} · ${host}` : title;
}

function dayMonth(date: string): [day: number, month: string] {
  const [, month = '1', day = '1'] = date.split('-');
  return [Number(day), (MONTHS[Number(month) - 1] ?? '').slice(0, 3)];
}

/**
 * The date as the row shows it (the row gives the year), as precisely as it is known: "7 Oct", "20–21 Oct", "April"
 * (no day), "Month not announced".
 */
export function shortDate(event: OtsEvent): string {
  const precision = datePrecision(event.date);
  if (precision === 'year') return 'Month not announced';
  if (precision === 'month') return MONTHS[Number(event.date.slice(5, 7)) - 1] ?? event.date;
  const [day, month] = dayMonth(event.date);
  if (!event.endDate || event.endDate === event.date) return `${day} ${month}`;
  const [endDay, endMonth] = dayMonth(event.endDate);
  return endMonth === month ? `${day}–${endDay} ${month}` : `${day} ${month} – ${endDay} ${endMonth}`;
}

/** "Planned", "Planned, unconfirmed", "Proposed", "No report that it was held"; null for what was held. */
export function statusText(event: OtsEvent, asOf: string): string | null {
  return eventStatusTag(event, asOf);
}

export interface Badge {
  key: string;
  text: string;
  status: StatusKind;
}

/** Membership changes as short badges: "Uzbekistan joins", "Hungary: observer"; the founders as one. */
export function membershipBadges(event: OtsEvent, nameOf: NameOf): Badge[] {
  const changes = event.membershipChanges;
  if (event.kind === 'founding' && changes.length > 1 && changes.every((c) => c.status === 'member')) {
    return [{ key: 'founders', text: `${changes.length} founding members`, status: 'member' }];
  }
  return changes.map((c) => ({
    key: c.entityId,
    text: c.status === 'member' ? `${nameOf(c.entityId)} joins` : `${nameOf(c.entityId)}: observer`,
    status: c.status,
  }));
}

function membershipSentence(event: OtsEvent, nameOf: NameOf): string | null {
  const changes = event.membershipChanges;
  if (changes.length === 0) return null;
  if (event.kind === 'founding' && changes.every((c) => c.status === 'member')) {
    return `Founding members: ${formatList(changes.map((c) => nameOf(c.entityId)))}.`;
  }
  const joins = changes.filter((c) => c.status === 'member').map((c) => nameOf(c.entityId));
  const observers = changes.filter((c) => c.status === 'observer').map((c) => nameOf(c.entityId));
  return [
    joins.length > 0 ? `${formatList(joins)} ${joins.length === 1 ? 'joins' : 'join'} as ${joins.length === 1 ? 'a member' : 'members'}.` : '',
    observers.length > 0
      ? `${formatList(observers)} ${observers.length === 1 ? 'becomes an observer' : 'become observers'}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const PRECISION_SENTENCE = { day: null, month: 'Day not announced.', year: 'Month and day not announced.' } as const;

/**
 * The accessible description: how precisely the date is known, membership changes, and, when a state is selected and
 * hosted the event, "Hosted by Kazakhstan." Empty when there is nothing to add to the name.
 */
export function timelineEventDescription(event: OtsEvent, nameOf: NameOf, selectedStateId: string | null): string {
  const hosted = selectedStateId != null && event.hostId === selectedStateId;
  return [
    PRECISION_SENTENCE[datePrecision(event.date)],
    membershipSentence(event, nameOf),
    hosted ? `Hosted by ${nameOf(selectedStateId)}.` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

interface SubtitleFacts {
  first: number | undefined;
  last: number | undefined;
  /** The year every view follows. */
  year: number;
  /** The selected state, and how many events it hosted. */
  hostName: string | null;
  hosted: number;
}

/** "2009–2026, by month · 2005 is outside it · marked: 5 hosted by Kazakhstan" */
export function timelineSubtitle({ first, last, year, hostName, hosted }: SubtitleFacts): string {
  const covered = first != null && last != null;
  return [
    covered ? `${first}–${last}, by month` : 'No events in this dataset',
    covered && (year < first || year > last) ? `${year} is outside it` : null,
    hostName ? (hosted > 0 ? `marked: ${hosted} hosted by ${hostName}` : `${hostName} hosted none`) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
