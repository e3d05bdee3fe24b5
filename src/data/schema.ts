/**
 * The dataset schema: the only source of the app's data types.
 *
 * Every figure, event, corridor and status change names the ids of its sources in the `sources` table.
 * Cross-references (source ids, entity ids, event ids) are checked in `checkReferences`, so a dataset
 * that parses is also internally consistent.
 */
import { z } from './zod';
import {
  EntityIdSchema,
  LatLonSchema,
  SourceIdSchema,
  StatusKindSchema,
  isoDate,
  nonEmpty,
  partialDate,
  slug,
  sourceIds,
  year,
} from './schema-primitives';
import type { CorridorDateSchema, StretchSchema, WaypointSchema } from './schema-records';
import {
  ChokepointSchema,
  CorridorSchema,
  EventSchema,
  TradeObservationSchema
} from './schema-records';
import { ClaimSchema } from './schema-claims';
import { TradeFlowsSchema } from './schema-flows';

/**
 * The form of the dataset. Version 2 gave sources the publisher's own page apart from the copy the figures were read
 * from, classified corridors' dates as milestones (with stretches of their own), and dated plans by their sources.
 * Version 3 gave claims their speaker, publication, stated scope and period and the atlas's reading of them, and
 * brought in the measured trade flows (`tradeFlows`). Files of an earlier version are migrated on load (see
 * migrate.ts); a fixture of each old form must still load.
 */
export const SCHEMA_VERSION = 3;

export * from './schema-primitives';
export * from './schema-records';
export * from './schema-claims';
export * from './schema-flows';

/**
 * A source, cited by its publisher and title. `url` is the publisher's own page for it. Where the figures were read
 * from a copy (a mirror, a repository holding a download), `retrievedFrom` names that copy: it is shown as a second
 * line, "retrieved from", never as the source. Where no page on the publisher's own site is known, `url` is null and
 * `caveat` says why (for instance, that the only copy found is a mirror of unclear standing).
 */
export const SourceSchema = z
  .object({
    id: SourceIdSchema,
    /** Who published it: an organisation, an agency, a newspaper; never the site of a copy. */
    publisher: nonEmpty,
    title: nonEmpty,
    /** The page on the publisher's own site; null when none is known (then `caveat` says why, and `retrievedFrom` names the copy read, if any: an article quoted by another has none). */
    url: z.url().nullable(),
    /** The copy the figures were taken from, when it is not the publisher's page. */
    retrievedFrom: z.object({ url: z.url(), site: nonEmpty }).optional(),
    /** What a reader should know about the citation's address: why there is no publisher's page, or the copy's standing. */
    caveat: nonEmpty.optional(),
    /** When the page was published, as precise as it states (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), where recorded. */
    published: partialDate.optional(),
    licence: nonEmpty,
    /** When the page or file was read; null when the compilers did not record it. */
    accessed: isoDate.nullable(),
    /** Release, vintage or commit of the source where one applies. */
    version: nonEmpty.optional(),
  })
  .refine((s) => s.url != null || s.caveat != null, {
    message: 'a source without a publisher’s page needs a caveat saying why',
    path: ['url'],
  });

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
  /** Measured merchandise trade; null in a dataset that has none (one migrated from version 1). */
  tradeFlows: TradeFlowsSchema.nullable(),
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
export type CorridorDate = z.infer<typeof CorridorDateSchema>;
export type Stretch = z.infer<typeof StretchSchema>;
export type Waypoint = z.infer<typeof WaypointSchema>;
export type Chokepoint = z.infer<typeof ChokepointSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
