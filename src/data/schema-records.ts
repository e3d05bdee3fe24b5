/** Schemas of the dataset's records: trade statements, events, corridors, chokepoints and claims. */
import { z } from './zod.ts';
import {
  EntityIdSchema,
  LIMITS,
  LatLonSchema,
  StatusKindSchema,
  isoDate,
  label,
  list,
  partialDate,
  prose,
  slug,
  sourceIds,
  title,
  year,
} from './schema-primitives.ts';
import { CORRIDOR_KINDS, CORRIDOR_STAGES, CORRIDOR_STATUSES, EVENT_KINDS, EVENT_STATUSES, MILESTONE_KINDS } from './kinds.ts';

export { CORRIDOR_KINDS, CORRIDOR_STAGES, CORRIDOR_STATUSES, EVENT_KINDS, EVENT_STATUSES, MILESTONE_KINDS };

export const TRADE_METRICS = [
  'intra-volume',
  'intra-share',
  'total-trade',
  'total-imports',
  'bilateral-volume',
  'bilateral-share',
  'target',
  'forecast',
] as const;

/** A trade figure: US$ billions, a percentage or a multiplier, never negative. */
const tradeValue = z.number().min(0).max(LIMITS.usdBn);

export const TradeObservationSchema = z.object({
  id: slug,
  metric: z.enum(TRADE_METRICS),
  /** The year the figure refers to, when the source gives one. */
  year: year.nullable(),
  /** The reference period exactly as reported ("2023 (partial year)", "a few years earlier"). */
  period: label,
  /** True when the year is the compilers' reading of a vague period ("10 years ago"). */
  yearApproximate: z.boolean(),
  /** A single figure, or null when the source gives a range. */
  value: tradeValue.nullable(),
  range: z.tuple([tradeValue, tradeValue]).optional(),
  unit: z.enum(['USD bn', 'percent', 'multiplier']),
  /** How the figure is qualified in the source: "about", "more than", "exceeded". */
  qualifier: z.enum(['approximately', 'more-than', 'target', 'forecast']).optional(),
  /** Whose trade the figure covers: all OTS members, or one state's trade with them. */
  scope: z.enum(['ots-members', 'single-state', 'unclear']),
  scopeNote: prose,
  statedBy: title,
  /** When it was said, as precise as known ("2025-10-30", "2022"); null when undated. */
  statedOn: partialDate.nullable(),
  note: prose.optional(),
  sources: sourceIds,
});


export const EventSchema = z.object({
  id: slug,
  kind: z.enum(EVENT_KINDS),
  /** Ordinal of an ordinary summit of the Council (1–12); null otherwise. */
  number: z.int().positive().max(1000).nullable(),
  /** True when `number` is inferred from the sequence rather than stated by a source. */
  numberInferred: z.boolean().optional(),
  title,
  date: partialDate,
  endDate: isoDate.optional(),
  dateNote: prose.optional(),
  /** null when the event was held online or the city has not been announced. */
  city: label.nullable(),
  /** Host country: an entity id when it is one, otherwise its name. */
  hostId: EntityIdSchema.nullable(),
  location: LatLonSchema.nullable(),
  online: z.boolean(),
  theme: prose.nullable(),
  outcomes: list(prose, 100),
  membershipChanges: list(z.object({ entityId: EntityIdSchema, status: StatusKindSchema, note: prose.optional() }), 100),
  /** As its sources state it; for a plan, as of `statusAsOf`. */
  status: z.enum(EVENT_STATUSES),
  /**
   * For what was not (yet) held: the date of the latest source that states the plan, so that its status is dated
   * ("announced, as of October 2025"). Absent when the sources' dates were not recorded.
   */
  statusAsOf: partialDate.optional(),
  note: prose.optional(),
  sources: sourceIds,
});


export const WaypointSchema = z.object({
  name: label,
  /** ISO 3166-1 alpha-2 code of the country the point is in. */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** null when no source gives coordinates; such points are listed but not drawn. */
  location: LatLonSchema.nullable(),
  /** The point stands in for a place whose exact position is not published. */
  approximate: z.boolean(),
  role: label,
  branch: label.optional(),
  /** The stretch (an id in the corridor's `stretches`) that the route takes to reach this point; absent: the main route. */
  stretch: slug.optional(),
  note: prose.optional(),
  sources: sourceIds,
});

/**
 * A dated fact about a corridor. `start` and `report` milestones set the status of the corridor (or of the stretch
 * named) from their date: see MILESTONE_KINDS. The latest such milestone on or before a day is the status that day.
 */
export const CorridorDateSchema = z
  .object({
    label,
    date: partialDate,
    note: prose.optional(),
    kind: z.enum(MILESTONE_KINDS),
    /** The stage it records (for a target: the stage expected); null for a date that records none. */
    stage: z.enum(CORRIDOR_STAGES).nullable(),
    /** The stretch it concerns (an id in the corridor's `stretches`); absent: the main route, or the whole corridor. */
    stretch: slug.optional(),
    sources: sourceIds,
  })
  .refine((d) => d.stage != null || (d.kind !== 'start' && d.kind !== 'report' && d.kind !== 'target'), {
    message: 'a start, report or target milestone needs the stage it records',
    path: ['stage'],
  });

/**
 * A part of a corridor with dates of its own (a pipeline's sections, a railway's branch). Its waypoints name it in
 * their `stretch`. A branch does not count towards the corridor's overall status, which is its main route's.
 */
export const StretchSchema = z.object({
  id: slug,
  name: label,
  branch: z.boolean(),
  /** Its status as recorded when the dataset was compiled (as of its as-of date), where the sources give one. */
  status: z.enum(CORRIDOR_STATUSES).nullable(),
  statusNote: prose.optional(),
});

export const CorridorSchema = z.object({
  id: slug,
  name: label,
  shortName: label,
  kind: z.enum(CORRIDOR_KINDS),
  /** What it carries, as the sources describe it. */
  mode: label,
  /**
   * The status as recorded when the dataset was compiled: it holds on the dataset's as-of date, not before. The status
   * in a year comes from the dated milestones in `dates` (see data/corridor-status.ts).
   */
  status: z.enum(CORRIDOR_STATUSES),
  statusNote: prose.optional(),
  /** Dated milestones, targets and other dated facts, in the order the sources give them. */
  dates: list(CorridorDateSchema, 100),
  /** Parts with dates of their own; empty when the corridor is dated as a whole. */
  stretches: list(StretchSchema, 100),
  length: z
    .object({ km: z.number().positive().max(LIMITS.km).nullable(), text: title, sources: sourceIds })
    .nullable(),
  capacity: z.object({ text: title, sources: sourceIds }).nullable(),
  /** OTS entities (members and observers) the corridor runs through, in route order. */
  crosses: list(EntityIdSchema, 100, 1),
  /** Other countries on the route, by name. */
  otherCountries: list(label, 100),
  waypoints: list(WaypointSchema, 1000, 2),
  note: prose.optional(),
  sources: sourceIds,
});

export const ChokepointSchema = z.object({
  id: slug,
  name: label,
  location: LatLonSchema,
  approximate: z.boolean(),
  description: prose,
  note: prose.optional(),
  sources: sourceIds,
});
