/**
 * The dataset schema: the only source of the app's data types.
 *
 * Every figure, event, corridor and status change names the ids of its sources in the `sources` table.
 * Cross-references (source ids, entity ids, event ids) are checked in `checkReferences`, so a dataset
 * that parses is also internally consistent.
 */
import { z } from './zod.ts';
import {
  EntityIdSchema,
  LIMITS,
  LatLonSchema,
  SourceIdSchema,
  StatusKindSchema,
  httpUrl,
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
import type { CorridorDateSchema, StretchSchema, WaypointSchema } from './schema-records.ts';
import {
  ChokepointSchema,
  CorridorSchema,
  EventSchema,
  TradeObservationSchema
} from './schema-records.ts';
import { ClaimSchema } from './schema-claims.ts';
import { TradeFlowsSchema } from './schema-flows.ts';

/**
 * The form of the dataset. Version 2 gave sources the publisher's own page apart from the copy the figures were read
 * from, classified corridors' dates as milestones (with stretches of their own), and dated plans by their sources.
 * Version 3 gave claims their speaker, publication, stated scope and period and the atlas's reading of them, and
 * brought in the measured trade flows (`tradeFlows`). Files of an earlier version are migrated on load (see
 * migrate.ts); a fixture of each old form must still load.
 */
export const SCHEMA_VERSION = 3;

export * from './schema-primitives.ts';
export * from './schema-records.ts';
export * from './schema-claims.ts';
export * from './schema-flows.ts';

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
    publisher: label,
    title,
    /**
     * The page on the publisher's own site; null when none is known (then `caveat` says why, and `retrievedFrom` names
     * the copy read, if any: an article quoted by another has none).
     * http(s) only, like every address in the dataset: the atlas links to it.
     */
    url: httpUrl.nullable(),
    /** The copy the figures were taken from, when it is not the publisher's page. */
    retrievedFrom: z.object({ url: httpUrl, site: label }).optional(),
    /** What a reader should know about the citation's address: why there is no publisher's page, or the copy's standing. */
    caveat: prose.optional(),
    /** When the page was published, as precise as it states (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), where recorded. */
    published: partialDate.optional(),
    licence: label,
    /** When the page or file was read; null when the compilers did not record it. */
    accessed: isoDate.nullable(),
    /** Release, vintage or commit of the source where one applies. */
    version: title.optional(),
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
  via: label,
  /** The timeline event at which it happened, if it is in the dataset. */
  eventId: slug.optional(),
  note: prose.optional(),
  sources: sourceIds,
});

/** How the entity is found in Natural Earth's country shapes (world-atlas). */
export const MapKeySchema = z.union([
  z.object({ isoNumeric: z.string().regex(/^\d{3}$/, { message: 'expected a three-digit ISO numeric code' }) }),
  z.object({ name: label }),
]);

export const SourcedTextSchema = z.object({
  value: label,
  note: prose.optional(),
  sources: sourceIds,
});

const km2 = z.number().max(LIMITS.km2);

export const EntitySchema = z.object({
  id: EntityIdSchema,
  name: label,
  officialName: label.optional(),
  kind: z.enum(['state', 'non-state-entity']),
  /** Set where recognition is contested (Northern Cyprus). */
  recognition: z.object({ note: prose, sources: sourceIds }).optional(),
  mapKey: MapKeySchema,
  capital: z.object({ name: label, location: LatLonSchema, sources: sourceIds }),
  area: z.object({
    totalKm2: km2.positive(),
    landKm2: km2.positive().nullable(),
    waterKm2: km2.nonnegative().nullable(),
    sources: sourceIds,
  }),
  officialLanguage: SourcedTextSchema,
  script: SourcedTextSchema,
  statusHistory: list(StatusChangeSchema, 100, 1),
});

/** The largest value an indicator's points may hold, by indicator. */
const INDICATOR_MAX = { gdp: LIMITS.usd, population: LIMITS.persons } as const;

/** The schemas of one indicator whose values lie in [0, max]. */
function indicatorSchemas(max: number) {
  const value = z.number().nonnegative().max(max);
  const variant = z.object({ value, note: prose, sources: sourceIds });
  const point = z.object({
    year,
    value,
    /** Overrides the series' sources for this point (e.g. a figure reported by another publisher). */
    sources: sourceIds.optional(),
    note: prose.optional(),
    /** Other figures for the same year from other sources, kept side by side and never averaged. */
    variants: list(variant, 20).optional(),
  });
  const series = z.object({
    entityId: EntityIdSchema,
    /** Sources of every point that does not name its own. */
    sources: sourceIds,
    note: prose.optional(),
    /** At most one point a year, 1900–2100. */
    points: list(point, 201),
  });
  const indicator = z.object({
    /** e.g. "NY.GDP.MKTP.CD" */
    code: label,
    label,
    unit: label,
    /** The one release every World Bank value in it comes from. */
    vintage: label,
    note: prose.optional(),
    series: list(series, 1000),
  });
  return { point, series, indicator };
}

const GDP = indicatorSchemas(INDICATOR_MAX.gdp);
const POPULATION = indicatorSchemas(INDICATOR_MAX.population);
export const PointSchema = GDP.point;
export const SeriesSchema = GDP.series;
export const IndicatorSchema = GDP.indicator;
export const PopulationIndicatorSchema = POPULATION.indicator;

/** A figure reported about one entity that does not belong in a series (e.g. Northern Cyprus's GNP per person). */
export const ReportedFigureSchema = z.object({
  entityId: EntityIdSchema,
  indicator: label,
  label,
  year: year.nullable(),
  value: z.number().min(-LIMITS.usd).max(LIMITS.usd),
  unit: label,
  note: prose.optional(),
  sources: sourceIds,
});

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);
export const RegionSchema = z
  .object({
    /** [[south, west], [north, east]] */
    bounds: z.tuple([z.tuple([lat, lon]), z.tuple([lat, lon])]),
    note: prose,
  })
  .refine(({ bounds: [[south, west], [north, east]] }) => south < north && west < east, {
    message: 'expected [[south, west], [north, east]] with south below north and west of east',
    path: ['bounds'],
  });

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title,
  asOf: isoDate,
  description: prose,
  region: RegionSchema,
  sources: list(SourceSchema, 100_000, 1),
  entities: list(EntitySchema, 1000, 1),
  indicators: z.object({ gdp: GDP.indicator, population: POPULATION.indicator }),
  reportedFigures: list(ReportedFigureSchema, 10_000),
  trade: list(TradeObservationSchema, 10_000),
  events: list(EventSchema, 10_000),
  corridors: list(CorridorSchema, 1000),
  chokepoints: list(ChokepointSchema, 1000),
  claims: list(ClaimSchema, 1000),
  /** Measured merchandise trade; null in a dataset that has none (one migrated from version 2 or earlier). */
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
