import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDataset } from './migrate';
import { parseDataset } from './validate';
import { SCHEMA_VERSION } from './schema';

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
    expect(migrateDataset({ schemaVersion: 0 })).toEqual({ ok: false, message: `schema version 0 is not one this atlas can read (it reads 1 to ${SCHEMA_VERSION})` });
  });

  it('leave a file of the current version as it is', () => {
    const json = fixture('minimal.json');
    expect(migrateDataset(json)).toEqual({ ok: true, json, from: null });
  });
});
