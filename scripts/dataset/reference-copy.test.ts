/**
 * The compiled dataset (public/data/ots.json) against the reference collection it is compiled from: every measured
 * trade figure and every claim, cell by cell, so that no figure is dropped, rounded or invented on the way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecords } from './csv';
import { flowIndex } from '../../src/data/flows';
import { parseDataset } from '../../src/data/validate';

const REFERENCE = join(process.cwd(), 'data', 'reference');
const read = <K extends string>(file: string, columns: readonly K[]) => parseRecords(readFileSync(join(REFERENCE, file), 'utf8'), columns, file);
const parsed = parseDataset(JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'ots.json'), 'utf8')));
if (!parsed.ok) throw new Error('public/data/ots.json does not validate');
const dataset = parsed.dataset;

const FLOW_COLUMNS = ['reporter_iso3', 'partner_iso3', 'year', 'flow', 'value_usd'] as const;

function compare(file: string, table: 'bilateral' | 'worldTotals') {
  const rows = read(file, FLOW_COLUMNS).filter((r) => Number(r.year) >= 2000);
  const index = flowIndex(dataset.tradeFlows![table]);
  const flow = (f: string) => (f === 'export' ? 'export' : 'import');
  const differing = rows.filter((r) => index.value(r.reporter_iso3, r.partner_iso3, flow(r.flow), Number(r.year)) !== Number(r.value_usd));
  expect(differing.slice(0, 5), `${differing.length} cells differ`).toEqual([]);
  // Every compiled value is a row of the file: nothing is filled in.
  const inFile = new Set(rows.map((r) => `${r.reporter_iso3} ${r.partner_iso3} ${r.flow} ${r.year}`));
  const extra = dataset.tradeFlows![table].series.flatMap((s) =>
    s.values.flatMap((v, i) => (v != null && !inFile.has(`${s.reporter} ${s.partner} ${s.flow} ${s.firstYear + i}`) ? [`${s.reporter} ${s.partner} ${s.flow} ${s.firstYear + i}`] : [])),
  );
  expect(extra).toEqual([]);
  return rows.length;
}

describe('measured trade in the dataset', () => {
  it('has every IMF DOTS cell of trade_dots_bilateral.csv from 2000 on, exactly, and no other', () => {
    // 7 reporters × 7 partners (the others and the World) × 2 flows × 21 years, less the 77 cells the file lacks.
    expect(compare('trade_dots_bilateral.csv', 'bilateral')).toBe(7 * 7 * 2 * 21 - 77);
    const table = dataset.tradeFlows!.bilateral;
    expect(table.basis.export).toMatch(/FOB/);
    expect(table.basis.import).toMatch(/CIF/);
    expect(table.vintage).toMatch(/2022-02-02/);
  });

  it('has every World Bank merchandise total of trade_wdi_merchandise_totals.csv from 2000 on, exactly', () => {
    expect(compare('trade_wdi_merchandise_totals.csv', 'worldTotals')).toBe(7 * 2 * 26);
  });

  it('keeps the gaps the file has: Turkmenistan–Uzbekistan 2004–2015, Northern Cyprus throughout', () => {
    const index = flowIndex(dataset.tradeFlows!.bilateral);
    for (let y = 2004; y <= 2015; y++) {
      expect(index.value('TKM', 'UZB', 'export', y)).toBeNull();
      expect(index.value('UZB', 'TKM', 'import', y)).toBeNull();
    }
    expect(index.value('TKM', 'UZB', 'export', 2016)).not.toBeNull();
    expect(index.reporters.has('CYN')).toBe(false);
    expect(dataset.tradeFlows!.bilateral.series.some((s) => s.partner === 'CYN')).toBe(false);
  });
});

describe('claims in the dataset', () => {
  it('are the rows of claims.csv, with the words and speakers as the file gives them', () => {
    const rows = read('claims.csv', ['id', 'claim_words', 'speaker', 'stated_scope', 'stated_period'] as const);
    expect(dataset.claims.map((c) => [c.id, c.words, c.speaker?.name, c.statedScope.text, 'text' in c.statedPeriod ? c.statedPeriod.text : null])).toEqual(
      rows.map((r) => [r.id, r.claim_words, r.speaker, r.stated_scope, r.stated_period]),
    );
  });
});
