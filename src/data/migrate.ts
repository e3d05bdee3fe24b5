/**
 * Older forms of the dataset, brought to the current one before it is validated. Each step takes a file of one version
 * to the next, changing only what that version changed, and leaves everything it does not know alone, so that the
 * schema still reports a bad field by the path it has in the file.
 */
import { SCHEMA_VERSION } from './schema.ts';
import { migrateOldClaim, OldClaimSchema } from './migrate-claims.ts';
import { formatKeys } from './bounded-parse.ts';
import type { Problem } from './validate.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const each = (v: unknown, change: (item: Json) => Json): unknown => (Array.isArray(v) ? v.map((item) => (isObject(item) ? change(item) : item)) : v);

/**
 * Version 1 → 2. Sources kept only a URL: it stays as the source's page. Corridors' dates were not classified: each
 * becomes a dated fact that sets no status (so a corridor of a version-1 file says its status is undated, rather than
 * projecting the status it had when the file was made back over every year), and no corridor has stretches.
 */
function fromVersion1(dataset: Json): Json {
  return {
    ...dataset,
    schemaVersion: 2,
    corridors: each(dataset.corridors, (corridor) => ({
      ...corridor,
      dates: each(corridor.dates, (date) => ({ ...date, kind: 'other', stage: null })),
      stretches: corridor.stretches ?? [],
    })),
  };
}

/**
 * Version 2 → 3. Claims said what was claimed and the test applied, with no speaker, scope or period: each becomes a
 * claim whose speaker is not identified and which is checked for the reader's year and scope (see migrate-claims.ts).
 * An old claim that is not valid in the old form is reported at its path in the file. There were no measured flows.
 */
function fromVersion2(dataset: Json): Json | Problem[] {
  const problems: Problem[] = [];
  const claims = Array.isArray(dataset.claims)
    ? dataset.claims.map((claim: unknown, i) => {
        const old = OldClaimSchema.safeParse(claim);
        if (old.success) return migrateOldClaim(old.data);
        for (const issue of old.error.issues) problems.push({ path: formatKeys(['claims', i, ...issue.path]), message: issue.message });
        return claim;
      })
    : dataset.claims;
  if (problems.length > 0) return problems;
  return { ...dataset, schemaVersion: 3, claims, tradeFlows: dataset.tradeFlows ?? null };
}

const STEPS: Record<number, (dataset: Json) => Json | Problem[]> = { 1: fromVersion1, 2: fromVersion2 };

export type Migrated = { ok: true; json: unknown; from: number | null } | { ok: false; message: string; problems: Problem[] };

const refused = (message: string): Migrated => ({ ok: false, message, problems: [{ path: 'schemaVersion', message }] });

/** The dataset in the current form, or why it cannot be brought to it. Anything that is not a dataset passes as it is. */
export function migrateDataset(json: unknown): Migrated {
  if (!isObject(json) || typeof json.schemaVersion !== 'number') return { ok: true, json, from: null };
  const from = json.schemaVersion;
  if (from > SCHEMA_VERSION) {
    return refused(`schema version ${from} is newer than this atlas reads (${SCHEMA_VERSION}); open it in a newer version of the atlas`);
  }
  let current: Json = json;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) return refused(`schema version ${from} is not one this atlas can read (it reads 1 to ${SCHEMA_VERSION})`);
    const next = step(current);
    if (Array.isArray(next)) return { ok: false, message: `a version-${from} file with problems in its old form`, problems: next };
    current = next;
  }
  return { ok: true, json: current, from: from === SCHEMA_VERSION ? null : from };
}
