/**
 * Claims as schema versions 1 and 2 recorded them: what was claimed and the test applied, with no speaker, publication,
 * stated scope or period. Brought to the current form, such a claim names no speaker and is checked, as it always was,
 * for the reader's chosen year and scope.
 */
import { z } from './zod.ts';
import { nonEmpty, slug, SourceIdSchema } from './schema-primitives.ts';
import { CLAIM_METRICS, type ClaimReading } from './schema-claims.ts';
import type { Claim } from './schema.ts';

export const OldClaimSchema = z.object({
  id: slug,
  text: nonEmpty,
  metric: z.enum(CLAIM_METRICS),
  test: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('range'),
      min: z.number().nullable(),
      max: z.number().nullable(),
      unit: z.enum(['persons', 'USD', 'km2']),
      interpretation: nonEmpty,
    }),
    z.object({ kind: z.literal('change'), from: z.number(), to: z.number(), unit: z.literal('percent'), interpretation: nonEmpty }),
  ]),
  madeBy: nonEmpty,
  note: nonEmpty.optional(),
  sources: z.array(SourceIdSchema),
});

export type OldClaim = z.infer<typeof OldClaimSchema>;

export function migrateOldClaim(old: OldClaim): Claim {
  const reading: ClaimReading = old.test.kind === 'range' ? { ...old.test, figure: null } : { ...old.test };
  const note = [`Recorded as: ${old.madeBy}.`, old.note].filter((p) => p != null).join(' ');
  return {
    id: old.id,
    words: old.text,
    metric: old.metric,
    speaker: null,
    publishedIn: null,
    published: null,
    statedScope: { text: 'not stated', scope: null },
    statedPeriod: { kind: 'not-stated' },
    reading,
    shownIn: old.metric === 'intra-trade-share' ? 'trade' : 'details',
    note,
    sources: old.sources,
  };
}
