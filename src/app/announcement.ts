/**
 * The short sentence a screen reader hears when the view changes: what was selected (or cleared), the year or the
 * scope, and which parts of the page followed. Pure, so every case is tested.
 */
import { statusInYear, type Scope } from '../data/derive';
import type { Dataset, Entity } from '../data/schema';
import { eventLabel } from '../ui/labels';
import { corridorStatuses } from '../data/corridor-status';
import { corridorStatusLabel } from '../ui/corridor-status-text';

/** What the announcement compares: the selection, the year in force (never null) and the scope. */
export interface AnnouncedView {
  stateId: string | null;
  corridorId: string | null;
  eventId: string | null;
  year: number;
  scope: Scope;
}

export function sameAnnouncedView(a: AnnouncedView, b: AnnouncedView): boolean {
  return a.stateId === b.stateId && a.corridorId === b.corridorId && a.eventId === b.eventId && a.year === b.year && a.scope === b.scope;
}

/** "Kazakhstan, Azerbaijan and Türkiye" */
function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "member since 2009", "observer since 2018", "not yet a member or observer in 2015". */
function standing(entity: Entity, year: number): string {
  const status = statusInYear(entity, year);
  if (status == null) return `not yet a member or observer in ${year}`;
  const since = entity.statusHistory.filter((c) => Number(c.date.slice(0, 4)) <= year && c.status === status).at(-1);
  return since ? `${status} since ${since.date.slice(0, 4)}` : status;
}

function selectionSentence(dataset: Dataset, view: AnnouncedView): string {
  const entity = dataset.entities.find((e) => e.id === view.stateId);
  if (entity) return `${entity.name} selected: ${standing(entity, view.year)}; details, map, charts and timeline updated.`;
  const corridor = dataset.corridors.find((c) => c.id === view.corridorId);
  if (corridor) {
    const names = corridor.crosses.flatMap((id) => dataset.entities.find((e) => e.id === id)?.name ?? []);
    const crosses = names.length > 0 ? `; crosses ${listOf(names)}` : '';
    const status = corridorStatuses(dataset, view.year).get(corridor.id);
    const inYear = status ? `: ${corridorStatusLabel(status).toLowerCase()} in ${view.year}` : '';
    return `${corridor.name} selected${inYear}${crosses}; details, map and charts updated.`;
  }
  const event = dataset.events.find((e) => e.id === view.eventId);
  if (event) return `${eventLabel(event)} selected; year ${view.year}; details, map, charts and timeline updated.`;
  return `Selection cleared: overview of ${view.year} shown.`;
}

function countIn(dataset: Dataset, year: number, status: 'member' | 'observer'): number {
  return dataset.entities.filter((e) => statusInYear(e, year) === status).length;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The sentence for a change from `before` to `after`, or null when nothing a user would notice changed. */
export function announcement(dataset: Dataset, before: AnnouncedView, after: AnnouncedView): string | null {
  const clearedEvent = dataset.events.find((e) => e.id === before.eventId);
  if (clearedEvent && after.eventId == null && after.stateId == null && after.corridorId == null && before.year !== after.year) {
    // A year other than the event's was chosen: the event, of another year, is no longer selected.
    return `${eventLabel(clearedEvent)} is no longer selected: it is in ${before.year}, and ${after.year} was chosen. Overview of ${after.year} shown.`;
  }
  if (before.stateId !== after.stateId || before.corridorId !== after.corridorId || before.eventId !== after.eventId) {
    return selectionSentence(dataset, after);
  }
  if (before.year !== after.year) {
    const members = plural(countIn(dataset, after.year, 'member'), 'member');
    const observers = after.scope === 'all' ? ` and ${plural(countIn(dataset, after.year, 'observer'), 'observer')}` : '';
    return `Year ${after.year}: ${members}${observers}; details, map, charts and timeline updated.`;
  }
  if (before.scope !== after.scope) {
    return `Counting ${after.scope === 'all' ? 'members and observers' : 'members only'}; details and charts updated.`;
  }
  return null;
}
