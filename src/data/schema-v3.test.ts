/** What version 3 of the dataset adds: claims with their speaker and the measured trade flows, validated as the rest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import minimal from './fixtures/minimal.json';
import { parseDataset } from './validate';
import { SCHEMA_VERSION } from './schema';

describe('the current format', () => {
  it('is what the minimal fixture is written in', () => {
    expect(minimal.schemaVersion).toBe(SCHEMA_VERSION);
    const result = parseDataset(minimal);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.problems)).toBe(true);
  });

  it('checks the trade flows’ states, and that a claim with a speaker names its publication', () => {
    const doc = JSON.parse(readFileSync(join(process.cwd(), 'src/data/fixtures/minimal.json'), 'utf8'));
    doc.tradeFlows.bilateral.series[0].partner = 'QQQ';
    doc.tradeFlows.bilateral.series.push({ ...doc.tradeFlows.bilateral.series[1] });
    doc.tradeFlows.worldTotals.series[0].partner = 'TUR';
    doc.claims[0].sources = [];
    const result = parseDataset(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: 'claims[0].sources', message: 'a claim that names its speaker names the publication as a source' }]);
    doc.claims[0].sources = ['wb-wdi-gdp'];
    const again = parseDataset(doc);
    if (again.ok) throw new Error('parsed');
    expect(again.problems).toEqual([
      { path: 'tradeFlows.bilateral.series[0].partner', message: 'unknown entity id "QQQ"' },
      { path: 'tradeFlows.bilateral.series[2]', message: 'duplicate series "AZE WLD export"' },
      { path: 'tradeFlows.worldTotals.series[0].partner', message: 'expected "WLD"' },
    ]);
  });

  it('allows a source with no publisher’s page only with a caveat saying why', () => {
    const doc = JSON.parse(readFileSync(join(process.cwd(), 'src/data/fixtures/minimal.json'), 'utf8'));
    doc.sources[0].url = null;
    delete doc.sources[0].retrievedFrom;
    delete doc.sources[0].caveat;
    const result = parseDataset(doc);
    expect(result.ok || result.problems).toEqual([{ path: 'sources[0].url', message: 'a source without a publisher’s page needs a caveat saying why' }]);
    doc.sources[0].caveat = 'An article quoted by another; no address recorded.';
    expect(parseDataset(doc).ok).toBe(true);
  });
});
