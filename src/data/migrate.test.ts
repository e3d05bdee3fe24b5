import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDataset } from './migrate';
import { parseDataset } from './validate';
import { SCHEMA_VERSION } from './schema';
import { checkClaims } from './claims';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));

describe('datasets of an earlier schema version', () => {
  it('still load: a version-1 file (sources with a URL only, corridors with unclassified dates)', () => {
    const result = parseDataset(fixture('dataset-v1.json'));
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.dataset.schemaVersion).toBe(SCHEMA_VERSION);
    const [btk] = result.dataset.corridors;
    // Its dates set no status: the atlas then says the corridor's status is undated, rather than projecting it back.
    expect(btk?.dates).toEqual([{ label: 'Opened', date: '2017-10-30', kind: 'other', stage: null, sources: ['wb-wdi-gdp'] }]);
    expect(btk?.stretches).toEqual([]);
    expect(result.dataset.sources[0]?.url).toBe('https://data.worldbank.org/indicator/NY.GDP.MKTP.CD');
  });

  it('report a bad field of a version-1 file at the path it has in that file', () => {
    const result = parseDataset(fixture('invalid.json'));
    if (result.ok) throw new Error('the invalid fixture parsed');
    expect(result.problems.map((p) => p.path)).toContain('events[0].date');
  });

  it('are refused with a clear message when newer than the atlas reads', () => {
    const result = parseDataset({ ...(fixture('minimal.json') as object), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'schemaVersion', message: `schema version ${SCHEMA_VERSION + 1} is newer than this atlas reads (${SCHEMA_VERSION}); open it in a newer version of the atlas` }],
      total: 1,
      stopped: false,
    });
    const message = `schema version 0 is not one this atlas can read (it reads 1 to ${SCHEMA_VERSION})`;
    expect(migrateDataset({ schemaVersion: 0 })).toEqual({ ok: false, message, problems: [{ path: 'schemaVersion', message }] });
  });

  it('still load: a version-2 file (claims with a test and no speaker, scope or period; no measured trade)', () => {
    const v2 = fixture('dataset-v2.json') as { schemaVersion: number; claims: Record<string, unknown>[] };
    expect(v2.schemaVersion).toBe(2);
    expect(v2.claims[0]).toHaveProperty('madeBy');
    const result = parseDataset(v2);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.dataset.tradeFlows).toBeNull();
    expect(result.dataset.claims).toEqual([
      {
        id: 'population-160m',
        words: 'well over 160 million people',
        metric: 'population',
        speaker: null,
        publishedIn: null,
        published: null,
        statedScope: { text: 'not stated', scope: null },
        statedPeriod: { kind: 'not-stated' },
        reading: { kind: 'range', figure: null, min: 160_000_000, max: null, unit: 'persons', interpretation: 'Holds above 160 million.' },
        shownIn: 'details',
        note: 'Recorded as: Unknown.',
        sources: [],
      },
    ]);
    // Its claim is checked for the reader's year and scope, as it was in the old form.
    const [check] = checkClaims(result.dataset, { year: 2024, scope: 'all' });
    expect(check).toMatchObject({ scope: 'all', period: { kind: 'chosen', years: [2024], viewYear: 2024 } });
    // The version-1 file's claims come through both steps.
    const v1 = parseDataset(fixture('dataset-v1.json'));
    expect(v1.ok && v1.dataset.claims[0]?.words).toBe('well over 160 million people');
  });

  it('report a bad field of an old claim at the path it has in that file', () => {
    const v2 = fixture('dataset-v2.json') as { claims: { test: { min: unknown } }[] };
    v2.claims[0]!.test.min = 'lots';
    const result = parseDataset(v2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['claims[0].test.min']);
  });

  it('leave a file of the current version as it is', () => {
    const json = fixture('minimal.json');
    expect(migrateDataset(json)).toEqual({ ok: true, json, from: null });
  });
});
