/**
 * Claims made about the OTS, as the dataset records them since schema version 2: the words quoted, who said them,
 * where and when, the set of states and the period the speaker stated, and how the atlas reads them. The verdict is
 * computed for the claim's own scope and period (src/data/claims.ts); the reader's year and scope come second.
 */
import { z } from './zod.ts';
import { isoDate, LIMITS, list, nonEmpty, slug, SourceIdSchema, year } from './schema-primitives.ts';

/** A number a claim states, in persons, US$, km² or square miles: as large as any of those can be. */
const claimNumber = z.number().min(-LIMITS.usd).max(LIMITS.usd);
const percent = z.number().min(0).max(100);

export const CLAIM_METRICS = ['population', 'gdp', 'area', 'intra-trade-share'] as const;
export const CLAIM_SCOPES = ['members', 'all'] as const;

/** How the atlas reads the claim: the test its own figures are put to, or why it has none. */
export const ClaimReadingSchema = z.discriminatedUnion('kind', [
  /**
   * Holds when the figure lies in [min, max). `figure` is the number the claim states, in the claim's own unit, from
   * which the margin is told ("$149 bn above $2 tn"); null for a claim that states no single number.
   */
  z.object({
    kind: z.literal('range'),
    figure: claimNumber.nullable(),
    min: claimNumber.nullable(),
    max: claimNumber.nullable(),
    unit: z.enum(['persons', 'USD', 'km2', 'sq-mi']),
    interpretation: nonEmpty,
  }),
  /** A share that grew from one figure to another: both must be found for the claim's own period. */
  z.object({
    kind: z.literal('change'),
    from: percent,
    to: percent,
    unit: z.literal('percent'),
    interpretation: nonEmpty,
  }),
  /** Nothing in the dataset can check it: `reason` says why. */
  z.object({ kind: z.literal('none'), reason: nonEmpty }),
]);

/** The period the speaker stated. */
export const ClaimPeriodSchema = z.discriminatedUnion('kind', [
  /** "At the time of writing": checked with the latest year whose figures existed at the claim's date. */
  z.object({ kind: z.literal('time-of-writing'), text: nonEmpty }),
  /** Between two days (the Bishkek summit of 2024 and Gabala 2025). */
  z.object({ kind: z.literal('between'), from: isoDate, to: isoDate, text: nonEmpty }),
  z.object({ kind: z.literal('year'), year, text: nonEmpty }),
  /** No period stated (a claim recorded before the speaker's words were): checked for the reader's year. */
  z.object({ kind: z.literal('not-stated') }),
]);

export const ClaimSchema = z.object({
  id: slug,
  /** The words quoted, a few, as the source gives them. */
  words: nonEmpty,
  /** What the dataset checks it with; null when it cannot (a count of fields of cooperation, an event). */
  metric: z.enum(CLAIM_METRICS).nullable(),
  /** Who said it; null when the speaker is not identified. */
  speaker: z.object({ name: nonEmpty, role: nonEmpty }).nullable(),
  /** Where it was published, as described by the reference collection. */
  publishedIn: nonEmpty.nullable(),
  /** When: the description, and the year it was made in (whose figures were not yet out). */
  published: z
    .object({
      text: nonEmpty,
      year,
      /** The earliest day it can have been made (after the Gabala summit of 7 October 2025). */
      after: isoDate.optional(),
    })
    .nullable(),
  /** The set of states the speaker named: in words, and as the atlas counts it (null: not stated). */
  statedScope: z.object({ text: nonEmpty, scope: z.enum(CLAIM_SCOPES).nullable() }),
  statedPeriod: ClaimPeriodSchema,
  reading: ClaimReadingSchema,
  /** Claims made in one sentence share this id; their scopes are compared. */
  sentence: slug.optional(),
  /** Where the atlas shows it: the overview's figures, or the trade panel's share. */
  shownIn: z.enum(['details', 'trade']),
  note: nonEmpty.optional(),
  /** The publication, and the reference collection's record of it; empty only for a claim whose origin is unknown. */
  sources: list(SourceIdSchema, 100),
}).refine((claim) => claim.speaker == null || claim.sources.length > 0, {
  message: 'a claim that names its speaker names the publication as a source',
  path: ['sources'],
});

export type ClaimReading = z.infer<typeof ClaimReadingSchema>;
export type ClaimPeriod = z.infer<typeof ClaimPeriodSchema>;
