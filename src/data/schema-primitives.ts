/** Building blocks shared by the dataset schemas. */
import { z } from './zod.ts';

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
/** A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
});
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  message: 'expected a short lower-case slug such as "gabala-2025"',
});
export const year = z.int().min(1900).max(2100);
export const nonEmpty = z.string().trim().min(1);

export const SourceIdSchema = slug;
export const sourceIds = z.array(SourceIdSchema).min(1, { message: 'expected at least one source id' });

export const LatLonSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** ISO 3166-1 alpha-3 code; `CYN` is Natural Earth's code for Northern Cyprus. */
export const EntityIdSchema = z.string().regex(/^[A-Z]{3}$/, { message: 'expected a three-letter code such as "KAZ"' });

export const STATUS_KINDS = ['member', 'observer'] as const;
export const StatusKindSchema = z.enum(STATUS_KINDS);
