/**
 * The dataset schema: the only source of the app's data types.
 *
 * Every figure, event, corridor and status change names the ids of its sources in the `sources` table.
 * Cross-references (source ids, entity ids, event ids) are checked in `checkReferences`, so a dataset
 * that parses is also internally consistent.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/** A calendar date `YYYY-MM-DD`. */
const isoDate = z.iso.date();
/** A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
});
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  message: 'expected a short lower-case slug such as "gabala-2025"',
});
const year = z.int().min(1900).max(2100);
const nonEmpty = z.string().trim().min(1);

export const SourceIdSchema = slug;
const sourceIds = z.array(SourceIdSchema).min(1, { message: 'expected at least one source id' });

export const LatLonSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const SourceSchema = z.object({
  id: SourceIdSchema,
  title: nonEmpty,
  publisher: nonEmpty,
  url: z.url(),
  licence: nonEmpty,
  /** When the page or file was read; null when the compilers did not record it. */
  accessed: isoDate.nullable(),
  /** Release, vintage or commit of the source where one applies. */
  version: nonEmpty.optional(),
});

/** ISO 3166-1 alpha-3 code; `CYN` is Natural Earth's code for Northern Cyprus. */
export const EntityIdSchema = z.string().regex(/^[A-Z]{3}$/, { message: 'expected a three-letter code such as "KAZ"' });

export const STATUS_KINDS = ['member', 'observer'] as const;
export const StatusKindSchema = z.enum(STATUS_KINDS);

export const StatusChangeSchema = z.object({
  /** The day the status took effect. */
  date: isoDate,
  status: StatusKindSchema,
  /** How it came about, e.g. "Nakhchivan Agreement" or "6th Summit, Cholpon-Ata". */
  via: nonEmpty,
  /** The timeline event at which it happened, if it is in the dataset. */
  eventId: slug.optional(),
  note: nonEmpty.optional(),
  sources: sourceIds,
});

/** How the entity is found in Natural Earth's country shapes (world-atlas). */
export const MapKeySchema = z.union([
  z.object({ isoNumeric: z.string().regex(/^\d{3}$/, { message: 'expected a three-digit ISO numeric code' }) }),
  z.object({ name: nonEmpty }),
]);

export const SourcedTextSchema = z.object({
  value: nonEmpty,
  note: nonEmpty.optional(),
  sources: sourceIds,
});

export const EntitySchema = z.object({
  id: EntityIdSchema,
  name: nonEmpty,
  officialName: nonEmpty.optional(),
  kind: z.enum(['state', 'non-state-entity']),
  /** Set where recognition is contested (Northern Cyprus). */
  recognition: z.object({ note: nonEmpty, sources: sourceIds }).optional(),
  mapKey: MapKeySchema,
  capital: z.object({ name: nonEmpty, location: LatLonSchema, sources: sourceIds }),
  area: z.object({
    totalKm2: z.number().positive(),
    landKm2: z.number().positive().nullable(),
    waterKm2: z.number().nonnegative().nullable(),
    sources: sourceIds,
  }),
  officialLanguage: SourcedTextSchema,
  script: SourcedTextSchema,
  statusHistory: z.array(StatusChangeSchema).min(1),
});

const VariantSchema = z.object({
  value: z.number().nonnegative(),
  note: nonEmpty,
  sources: sourceIds,
});

export const PointSchema = z.object({
  year,
  value: z.number().nonnegative(),
  /** Overrides the series' sources for this point (e.g. a figure reported by another publisher). */
  sources: sourceIds.optional(),
  note: nonEmpty.optional(),
  /** Other figures for the same year from other sources, kept side by side and never averaged. */
  variants: z.array(VariantSchema).optional(),
});

export const SeriesSchema = z.object({
  entityId: EntityIdSchema,
  /** Sources of every point that does not name its own. */
  sources: sourceIds,
  note: nonEmpty.optional(),
  points: z.array(PointSchema),
});

export const IndicatorSchema = z.object({
  /** e.g. "NY.GDP.MKTP.CD" */
  code: nonEmpty,
  label: nonEmpty,
  unit: nonEmpty,
  /** The one release every World Bank value in it comes from. */
  vintage: nonEmpty,
  note: nonEmpty.optional(),
  series: z.array(SeriesSchema),
});

/** A figure reported about one entity that does not belong in a series (e.g. Northern Cyprus's GNP per person). */
export const ReportedFigureSchema = z.object({
  entityId: EntityIdSchema,
  indicator: nonEmpty,
  label: nonEmpty,
  year: year.nullable(),
  value: z.number(),
  unit: nonEmpty,
  note: nonEmpty.optional(),
  sources: sourceIds,
});

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

export const TradeObservationSchema = z.object({
  id: slug,
  metric: z.enum(TRADE_METRICS),
  /** The year the figure refers to, when the source gives one. */
  year: year.nullable(),
  /** The reference period exactly as reported ("2023 (partial year)", "a few years earlier"). */
  period: nonEmpty,
  /** True when the year is the compilers' reading of a vague period ("10 years ago"). */
  yearApproximate: z.boolean(),
  /** A single figure, or null when the source gives a range. */
  value: z.number().nullable(),
  range: z.tuple([z.number(), z.number()]).optional(),
  unit: z.enum(['USD bn', 'percent', 'multiplier']),
  /** How the figure is qualified in the source: "about", "more than", "exceeded". */
  qualifier: z.enum(['approximately', 'more-than', 'target', 'forecast']).optional(),
  /** Whose trade the figure covers: all OTS members, or one state's trade with them. */
  scope: z.enum(['ots-members', 'single-state', 'unclear']),
  scopeNote: nonEmpty,
  statedBy: nonEmpty,
  /** When it was said, as precise as known ("2025-10-30", "2022"); null when undated. */
  statedOn: partialDate.nullable(),
  note: nonEmpty.optional(),
  sources: sourceIds,
});

/**
 * founding: the Nakhchivan summit of 2009; pre-council: the heads-of-state summit of 2010 before the Council's own
 * numbering; ordinary: the numbered summits of the Council of Heads of State; plan: announced or proposed.
 */
export const EVENT_KINDS = ['founding', 'pre-council', 'ordinary', 'informal', 'extraordinary', 'plan'] as const;
export const EVENT_STATUSES = ['held', 'planned', 'unconfirmed', 'proposed'] as const;

export const EventSchema = z.object({
  id: slug,
  kind: z.enum(EVENT_KINDS),
  /** Ordinal of an ordinary summit of the Council (1–12); null otherwise. */
  number: z.int().positive().nullable(),
  /** True when `number` is inferred from the sequence rather than stated by a source. */
  numberInferred: z.boolean().optional(),
  title: nonEmpty,
  date: partialDate,
  endDate: isoDate.optional(),
  dateNote: nonEmpty.optional(),
  /** null when the event was held online or the city has not been announced. */
  city: nonEmpty.nullable(),
  /** Host country: an entity id when it is one, otherwise its name. */
  hostId: EntityIdSchema.nullable(),
  location: LatLonSchema.nullable(),
  online: z.boolean(),
  theme: nonEmpty.nullable(),
  outcomes: z.array(nonEmpty),
  membershipChanges: z.array(
    z.object({ entityId: EntityIdSchema, status: StatusKindSchema, note: nonEmpty.optional() }),
  ),
  status: z.enum(EVENT_STATUSES),
  note: nonEmpty.optional(),
  sources: sourceIds,
});

export const CORRIDOR_KINDS = ['rail', 'multimodal', 'oil-pipeline', 'gas-pipeline', 'power-cable'] as const;
export const CORRIDOR_STATUSES = ['operational', 'under-construction', 'planned'] as const;

export const WaypointSchema = z.object({
  name: nonEmpty,
  /** ISO 3166-1 alpha-2 code of the country the point is in. */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** null when no source gives coordinates; such points are listed but not drawn. */
  location: LatLonSchema.nullable(),
  /** The point stands in for a place whose exact position is not published. */
  approximate: z.boolean(),
  role: nonEmpty,
  branch: nonEmpty.optional(),
  note: nonEmpty.optional(),
  sources: sourceIds,
});

export const CorridorSchema = z.object({
  id: slug,
  name: nonEmpty,
  shortName: nonEmpty,
  kind: z.enum(CORRIDOR_KINDS),
  /** What it carries, as the sources describe it. */
  mode: nonEmpty,
  status: z.enum(CORRIDOR_STATUSES),
  statusNote: nonEmpty.optional(),
  dates: z.array(z.object({ label: nonEmpty, date: partialDate, note: nonEmpty.optional(), sources: sourceIds })),
  length: z
    .object({ km: z.number().positive().nullable(), text: nonEmpty, sources: sourceIds })
    .nullable(),
  capacity: z.object({ text: nonEmpty, sources: sourceIds }).nullable(),
  /** OTS entities (members and observers) the corridor runs through, in route order. */
  crosses: z.array(EntityIdSchema).min(1),
  /** Other countries on the route, by name. */
  otherCountries: z.array(nonEmpty),
  waypoints: z.array(WaypointSchema).min(2),
  note: nonEmpty.optional(),
  sources: sourceIds,
});

export const ChokepointSchema = z.object({
  id: slug,
  name: nonEmpty,
  location: LatLonSchema,
  approximate: z.boolean(),
  description: nonEmpty,
  note: nonEmpty.optional(),
  sources: sourceIds,
});

export const CLAIM_METRICS = ['population', 'gdp', 'area', 'intra-trade-share'] as const;

/** A claim made about the OTS, with the test the atlas applies to its own figures. */
export const ClaimSchema = z.object({
  id: slug,
  /** The claim as worded where it is quoted. */
  text: nonEmpty,
  metric: z.enum(CLAIM_METRICS),
  test: z.discriminatedUnion('kind', [
    /** Holds when the atlas's own total for the year and scope lies in [min, max). */
    z.object({
      kind: z.literal('range'),
      min: z.number().nullable(),
      max: z.number().nullable(),
      unit: z.enum(['persons', 'USD', 'km2']),
      interpretation: nonEmpty,
    }),
    /** Holds when reported shares of OTS-wide scope show both the starting and the ending figure. */
    z.object({
      kind: z.literal('change'),
      from: z.number(),
      to: z.number(),
      unit: z.literal('percent'),
      interpretation: nonEmpty,
    }),
  ]),
  /** Who made the claim, as far as it is known. */
  madeBy: nonEmpty,
  note: nonEmpty.optional(),
  /** Where the claim was found; empty when its origin is not identified. */
  sources: z.array(SourceIdSchema),
});

export const RegionSchema = z.object({
  /** [[south, west], [north, east]] */
  bounds: z.tuple([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number()])]),
  note: nonEmpty,
});

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: nonEmpty,
  asOf: isoDate,
  description: nonEmpty,
  region: RegionSchema,
  sources: z.array(SourceSchema).min(1),
  entities: z.array(EntitySchema).min(1),
  indicators: z.object({ gdp: IndicatorSchema, population: IndicatorSchema }),
  reportedFigures: z.array(ReportedFigureSchema),
  trade: z.array(TradeObservationSchema),
  events: z.array(EventSchema),
  corridors: z.array(CorridorSchema),
  chokepoints: z.array(ChokepointSchema),
  claims: z.array(ClaimSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type LatLon = z.infer<typeof LatLonSchema>;
export type EntityId = z.infer<typeof EntityIdSchema>;
export type StatusKind = z.infer<typeof StatusKindSchema>;
export type StatusChange = z.infer<typeof StatusChangeSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Point = z.infer<typeof PointSchema>;
export type Series = z.infer<typeof SeriesSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type ReportedFigure = z.infer<typeof ReportedFigureSchema>;
export type TradeObservation = z.infer<typeof TradeObservationSchema>;
export type OtsEvent = z.infer<typeof EventSchema>;
export type Corridor = z.infer<typeof CorridorSchema>;
export type Waypoint = z.infer<typeof WaypointSchema>;
export type Chokepoint = z.infer<typeof ChokepointSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
