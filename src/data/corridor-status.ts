/**
 * A corridor's status in a year, from its dated milestones: the one rule the map, its key and lists, the tooltips, the
 * details and the exports all follow.
 *
 * The status of a corridor (or of a stretch with dates of its own) on a day is the stage of its latest milestone on or
 * before that day; a year is read on its last day, or on the dataset's as-of date when that comes first. Before a
 * milestone that starts a stage (an agreement, an opening), the corridor is "not yet" at it. Before a milestone that
 * only reports a stage (a progress report, cargo carried in a year), the dataset cannot say: the status is undated.
 * The status recorded when the dataset was compiled holds on its as-of date and is never projected back.
 */
import type { Corridor, CorridorDate, Dataset, Stretch } from './schema';
import type { CORRIDOR_STAGES, CORRIDOR_STATUSES } from './kinds';

export type Stage = (typeof CORRIDOR_STAGES)[number];
export type StageStatus = (typeof CORRIDOR_STATUSES)[number];

export const STATUS_OF_STAGE: Record<Stage, StageStatus> = {
  announced: 'planned',
  agreed: 'planned',
  'under-construction': 'under-construction',
  operational: 'operational',
};

const ADVANCE: Record<StageStatus, number> = { planned: 1, 'under-construction': 2, operational: 3 };

/** Why a part has the status it has: a dated milestone, or the status recorded on the dataset's as-of date. */
export type Basis = { kind: 'milestone'; date: CorridorDate } | { kind: 'recorded'; asOf: string };

/** What is known of a part of a corridor on a day. */
export type PartState =
  | { kind: 'known'; status: StageStatus; basis: Basis }
  /** Before the milestone that starts its first recorded stage. */
  | { kind: 'not-yet'; next: CorridorDate }
  /** No dated record covers the day; `next` is the first dated record after it, if any. */
  | { kind: 'undated'; next: CorridorDate | null };

export interface PartStatus {
  /** null: the main route (or the whole corridor, when it has no stretches). */
  stretch: Stretch | null;
  state: PartState;
}

export type CorridorStatusKind = StageStatus | 'not-yet' | 'undated';

export interface CorridorYearStatus {
  year: number;
  /** The day the year is read on. */
  day: string;
  kind: CorridorStatusKind;
  /** Only some of the parts that make up the corridor are at this status. */
  partial: boolean;
  /** For `not-yet`: the stage the first milestone to come starts. */
  nextStage: Stage | null;
  /** The main route first (when it has one), then each stretch. */
  parts: PartStatus[];
}

/** The first day a date as precise as it is known can mean: "2023" → "2023-01-01", "2024-12" → "2024-12-01". */
export function firstDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The day a year is read on: its last day, or the dataset's as-of date if that comes first. */
export function dayOfYear(year: number, asOf: string): string {
  const last = `${year}-12-31`;
  return last < asOf ? last : asOf;
}

const setsStatus = (d: CorridorDate): d is CorridorDate & { stage: Stage } => (d.kind === 'start' || d.kind === 'report') && d.stage != null;

/** The milestones that set a part's status: its own, and those of the whole corridor, in date order. */
function milestonesOf(corridor: Corridor, stretch: Stretch | null): (CorridorDate & { stage: Stage })[] {
  return corridor.dates
    .filter(setsStatus)
    .filter((d) => d.stretch == null || d.stretch === stretch?.id)
    .sort((a, b) => (firstDay(a.date) < firstDay(b.date) ? -1 : firstDay(a.date) > firstDay(b.date) ? 1 : 0));
}

/**
 * The milestone that best says why a status holds: of the latest run of milestones at that status, the one that
 * started it ("since 30 October 2017"), else the latest report of it.
 */
function reasonIn(reached: (CorridorDate & { stage: Stage })[]): (CorridorDate & { stage: Stage }) | undefined {
  const latest = reached[reached.length - 1];
  if (!latest) return undefined;
  const status = STATUS_OF_STAGE[latest.stage];
  let from = reached.length - 1;
  while (from > 0 && STATUS_OF_STAGE[reached[from - 1]!.stage] === status) from--;
  return reached.slice(from).find((d) => d.kind === 'start') ?? latest;
}

function partState(corridor: Corridor, stretch: Stretch | null, day: string, asOf: string): PartState {
  const milestones = milestonesOf(corridor, stretch);
  const reached = milestones.filter((d) => firstDay(d.date) <= day);
  const latest = reasonIn(reached);
  const recorded = stretch ? stretch.status : corridor.status;
  if (recorded != null && day >= asOf) {
    // On the as-of date the recorded status holds; a dated milestone that agrees with it is the better reason.
    if (latest && STATUS_OF_STAGE[latest.stage] === recorded) return { kind: 'known', status: recorded, basis: { kind: 'milestone', date: latest } };
    return { kind: 'known', status: recorded, basis: { kind: 'recorded', asOf } };
  }
  if (latest) return { kind: 'known', status: STATUS_OF_STAGE[latest.stage], basis: { kind: 'milestone', date: latest } };
  const next = milestones.find((d) => firstDay(d.date) > day) ?? null;
  return next?.kind === 'start' ? { kind: 'not-yet', next } : { kind: 'undated', next };
}

/** Whether any waypoint is on the main route (not in a stretch of its own). */
function hasMainRoute(corridor: Corridor): boolean {
  return corridor.stretches.length === 0 || corridor.waypoints.some((w) => w.stretch == null);
}

export function corridorStatusInYear(corridor: Corridor, year: number, asOf: string): CorridorYearStatus {
  const day = dayOfYear(year, asOf);
  const main = hasMainRoute(corridor);
  const parts: PartStatus[] = [
    ...(main ? [{ stretch: null, state: partState(corridor, null, day, asOf) }] : []),
    ...corridor.stretches.map((stretch) => ({ stretch, state: partState(corridor, stretch, day, asOf) })),
  ];
  // A branch does not make the corridor: with a main route, the corridor is as its main route is.
  const counted = main ? parts.filter((p) => p.stretch == null || !p.stretch.branch) : parts.filter((p) => !p.stretch?.branch);
  const states = (counted.length > 0 ? counted : parts).map((p) => p.state);
  const known = states.flatMap((s) => (s.kind === 'known' ? [s.status] : []));
  if (known.length > 0) {
    const best = known.reduce((a, b) => (ADVANCE[b] > ADVANCE[a] ? b : a));
    return { year, day, kind: best, partial: states.some((s) => s.kind !== 'known' || s.status !== best), nextStage: null, parts };
  }
  const waiting = states.flatMap((s) => (s.kind === 'not-yet' ? [s.next] : []));
  if (waiting.length === states.length) {
    const first = [...waiting].sort((a, b) => (firstDay(a.date) < firstDay(b.date) ? -1 : 1))[0];
    return { year, day, kind: 'not-yet', partial: false, nextStage: first?.stage ?? null, parts };
  }
  return { year, day, kind: 'undated', partial: waiting.length > 0, nextStage: null, parts };
}

/** How a part is drawn: its status, or whether it has not begun yet, or whether its status that year is undated. */
export type CorridorLook = StageStatus | 'not-yet' | 'undated';

export function partLook(state: PartState): CorridorLook {
  return state.kind === 'known' ? state.status : state.kind;
}

/** How the corridor as a whole is shown (in a list, a key): the look of its headline status. */
export function corridorLook(status: CorridorYearStatus): CorridorLook {
  return status.kind;
}

/** The state of the part a stretch of route belongs to (null: the main route). */
export function partOf(status: CorridorYearStatus, stretchId: string | null): PartState | undefined {
  return (status.parts.find((p) => (p.stretch?.id ?? null) === stretchId) ?? status.parts[0])?.state;
}

const cache = new WeakMap<Dataset, Map<number, ReadonlyMap<string, CorridorYearStatus>>>();

/** Every corridor's status in a year, by id; worked out once per dataset and year, however many views ask. */
export function corridorStatuses(dataset: Dataset, year: number): ReadonlyMap<string, CorridorYearStatus> {
  let byYear = cache.get(dataset);
  if (!byYear) cache.set(dataset, (byYear = new Map()));
  let statuses = byYear.get(year);
  if (!statuses) {
    statuses = new Map(dataset.corridors.map((c) => [c.id, corridorStatusInYear(c, year, dataset.asOf)]));
    byYear.set(year, statuses);
  }
  return statuses;
}
