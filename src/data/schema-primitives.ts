/**
 * Building blocks shared by the dataset schemas. Every string and number has a range that makes sense for what it
 * holds, and every list a length: a file that is far outside them (a name of 100 000 characters, a GDP of 1e308, map
 * bounds of ±1e308, a million entities) is reported as a problem instead of reaching the views.
 */
import { z } from './zod.ts';

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
/** A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
});

/** Longest id: ids go into links and file names. */
export const MAX_ID = 80;
export const slug = z
  .string()
  .max(MAX_ID)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'expected a short lower-case slug such as "gabala-2025"',
  });
export const year = z.int().min(1900).max(2100);

/** Lengths of free text: a name or label, a title, and prose (descriptions and notes). */
export const TEXT_LIMITS = { label: 200, title: 500, prose: 4000 } as const;
/** Text of some kind, trimmed, not empty and not longer than its kind allows. */
export const text = (kind: keyof typeof TEXT_LIMITS) => z.string().trim().min(1).max(TEXT_LIMITS[kind]);
/** A name or short label: a state, a city, a publisher, a unit. */
export const label = text('label');
/** A title: of a source, an event, a claim. */
export const title = text('title');
/** A description or a note. */
export const prose = text('prose');
/** Free text of any kind, within the limits of prose; the schemas say which kind each field holds instead. */
export const nonEmpty = prose;

/** A list of at most `max` items (`min` at least): the limits a dataset can reasonably need, with room to spare. */
export const list = <T extends z.ZodType>(item: T, max: number, min = 0) => z.array(item).min(min).max(max);

/** Source ids of a figure or record. */
export const MAX_SOURCES_PER_ITEM = 100;
export const SourceIdSchema = slug;
export const sourceIds = list(SourceIdSchema, MAX_SOURCES_PER_ITEM).min(1, { message: 'expected at least one source id' });

/**
 * A source's address: http or https only. Anything else (`javascript:`, `data:`, `file:`, `blob:`, …) is refused, so
 * a source link opens a web page and nothing else.
 */
export const httpUrl = z.httpUrl({ message: 'expected a web address starting with http:// or https://' }).max(2000);

export const LatLonSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** ISO 3166-1 alpha-3 code; `CYN` is Natural Earth's code for Northern Cyprus. */
export const EntityIdSchema = z.string().regex(/^[A-Z]{3}$/, { message: 'expected a three-letter code such as "KAZ"' });

export const STATUS_KINDS = ['member', 'observer'] as const;
export const StatusKindSchema = z.enum(STATUS_KINDS);

/** Largest figures the atlas accepts: above any real economy, population or country, far below overflow. */
export const LIMITS = {
  /** Current US$: world GDP is about 1.1e14. */
  usd: 1e15,
  /** Persons: the world holds about 8.2e9. */
  persons: 1e10,
  /** km²: Russia, the largest state, has 1.71e7. */
  km2: 2e7,
  /** Kilometres of a corridor: the equator is 40 075 km. */
  km: 50_000,
  /** US$ billions of trade: world trade is about 3.3e4. */
  usdBn: 1e6,
} as const;
