/**
 * Older forms of the dataset, brought to the current one before it is validated. Each step takes a file of one version
 * to the next, changing only what that version changed, and leaves everything it does not know alone, so that the
 * schema still reports a bad field by the path it has in the file.
 */
import { SCHEMA_VERSION } from './schema.ts';

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

const STEPS: Record<number, (dataset: Json) => Json> = { 1: fromVersion1 };

export type Migrated = { ok: true; json: unknown; from: number | null } | { ok: false; message: string };

/** The dataset in the current form, or why it cannot be brought to it. Anything that is not a dataset passes as it is. */
export function migrateDataset(json: unknown): Migrated {
  if (!isObject(json) || typeof json.schemaVersion !== 'number') return { ok: true, json, from: null };
  const from = json.schemaVersion;
  if (from > SCHEMA_VERSION) {
    return { ok: false, message: `schema version ${from} is newer than this atlas reads (${SCHEMA_VERSION}); open it in a newer version of the atlas` };
  }
  let current: Json = json;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) return { ok: false, message: `schema version ${from} is not one this atlas can read (it reads 1 to ${SCHEMA_VERSION})` };
    current = step(current);
  }
  return { ok: true, json: current, from: from === SCHEMA_VERSION ? null : from };
}
