/**
 * Measured merchandise trade: IMF Direction of Trade Statistics (each state's exports FOB to and imports CIF from each
 * other state and the World, as it reports them) and World Bank merchandise totals with the World. Values are copied
 * from the files' `value_usd` (the published US$ millions × 1e6, exactly); a year the file has no row for is null.
 */
import type { FlowSeries, FlowTable, TradeFlows } from '../../src/data/schema';
import { FLOWS, WORLD } from '../../src/data/schema-flows';
import { LICENCE, type SourceRegistry } from './sources';
import type { DotsRow, WdiTradeRow } from './reference';
import { parseNumber } from './text';

/** The states the files cover: the five members, Hungary and Turkmenistan (no source covers Northern Cyprus). */
const REPORTERS = ['AZE', 'KAZ', 'KGZ', 'TUR', 'UZB', 'HUN', 'TKM'];
/** The years carried: those the atlas's other series cover, from 2000. Earlier DOTS rows (to 1960) are left out. */
export const FLOWS_FROM = 2000;
const DOTS_TO = 2020;
const WDI_TO = 2025;

const DOTS_COMMIT = 'a0b40afbac7cefc59a4b35c1ebe541ac546aafad';
const WDI_COMMIT = '4ebec5a2273f531ba238a34dbe440394dc5a6c4b';
const BASIS: Record<(typeof FLOWS)[number], string> = { export: 'FOB', import: 'CIF' };

interface Cell {
  reporter: string;
  partner: string;
  flow: string;
  year: number;
  value: number;
}

function seriesOf(cells: readonly Cell[], partners: readonly string[], lastYear: number, file: string): FlowSeries[] {
  const byKey = new Map<string, number>();
  for (const c of cells) {
    const key = `${c.reporter} ${c.partner} ${c.flow} ${c.year}`;
    if (byKey.has(key)) throw new Error(`${file}: two rows for ${key}`);
    byKey.set(key, c.value);
  }
  const series: FlowSeries[] = [];
  for (const reporter of REPORTERS) {
    for (const partner of partners) {
      if (partner === reporter) continue;
      for (const flow of FLOWS) {
        const values: (number | null)[] = [];
        for (let year = FLOWS_FROM; year <= lastYear; year++) values.push(byKey.get(`${reporter} ${partner} ${flow} ${year}`) ?? null);
        if (values.some((v) => v != null)) series.push({ reporter, partner, flow, firstYear: FLOWS_FROM, values });
      }
    }
  }
  return series;
}

function readCells<R extends DotsRow | WdiTradeRow>(rows: readonly R[], file: string, check: (row: R, where: string) => void): Cell[] {
  return rows.flatMap((row, i) => {
    const where = `${file} row ${i + 2}`;
    const year = parseNumber(row.year, `${where} year`);
    if (year < FLOWS_FROM) return [];
    if (!REPORTERS.includes(row.reporter_iso3)) throw new Error(`${where}: unknown reporter "${row.reporter_iso3}"`);
    if (row.partner_iso3 !== WORLD && !REPORTERS.includes(row.partner_iso3)) throw new Error(`${where}: unknown partner "${row.partner_iso3}"`);
    if (row.flow !== 'export' && row.flow !== 'import') throw new Error(`${where}: unknown flow "${row.flow}"`);
    check(row, where);
    if (!/^\d+$/.test(row.value_usd)) throw new Error(`${where}: value_usd "${row.value_usd}" is not a whole number of dollars`);
    return [{ reporter: row.reporter_iso3, partner: row.partner_iso3, flow: row.flow, year, value: Number(row.value_usd) }];
  });
}

function dotsTable(rows: DotsRow[], registry: SourceRegistry): FlowTable {
  const file = 'trade_dots_bilateral.csv';
  const cells = readCells(rows, file, (row, where) => {
    if (row.basis !== BASIS[row.flow as 'export' | 'import']) throw new Error(`${where}: a ${row.flow} valued "${row.basis}"`);
    if (row.imf_estimate_flag !== '') throw new Error(`${where}: an IMF estimate ("${row.imf_estimate_flag}") where none was expected`);
    if (row.source_commit !== DOTS_COMMIT) throw new Error(`${where}: from commit ${row.source_commit}, not ${DOTS_COMMIT}`);
  });
  const copy = `https://github.com/SamLeBlanc/Direction-of-Trade-Map/tree/${DOTS_COMMIT}/data/DOTS`;
  const source = registry.addUnaddressed({
    id: 'imf-dots',
    title: 'Direction of Trade Statistics (DOTS): country tables “Exports, FOB to Partner Countries” and “Imports, CIF from Partner Countries”, US$ millions',
    publisher: 'International Monetary Fund',
    licence: 'IMF terms of use (cite “IMF, Direction of Trade Statistics”); the repository holding the copy is MIT-licensed',
    version: 'Downloaded from the IMF data portal on or before 2022-02-02; years to 2020',
    retrievedFrom: { url: copy, site: `a copy of the IMF workbooks (DOTS_13, 91, 103, 109, 200, 201 and 210.xlsx) in the GitHub repository SamLeBlanc/Direction-of-Trade-Map, commit ${DOTS_COMMIT}` },
    caveat:
      'The reference collection records no page of the IMF’s own for these tables. The workbooks carry no source line or date; ' +
      'they are identified as DOTS country tables by their IMF country names, area aggregates and estimate markers.',
  });
  return {
    label: 'Merchandise exports and imports, by partner, as each state reports them',
    unit: 'current US$',
    basis: { export: 'exports valued FOB (free on board)', import: 'imports valued CIF (cost, insurance and freight)' },
    vintage: 'IMF DOTS, downloaded on or before 2022-02-02',
    note:
      `Each state's own report of its trade with each other state and with the World, ${FLOWS_FROM}–${DOTS_TO}. A partner's ` +
      'report of the same flow (its imports for the other’s exports) often differs: both are kept, never averaged. ' +
      'Turkmenistan’s figures look partner-derived (Türkiye’s imports from it are its exports to Türkiye × 1.060 for ' +
      '2005–2020). Northern Cyprus is in no source.',
    sources: [source],
    series: seriesOf(cells, [...REPORTERS, WORLD], DOTS_TO, file),
  };
}

function wdiTable(rows: WdiTradeRow[], registry: SourceRegistry): FlowTable {
  const file = 'trade_wdi_merchandise_totals.csv';
  const codes: Record<string, string> = { export: 'TX.VAL.MRCH.CD.WT', import: 'TM.VAL.MRCH.CD.WT' };
  const cells = readCells(rows, file, (row, where) => {
    if (row.partner_iso3 !== WORLD) throw new Error(`${where}: partner "${row.partner_iso3}", expected ${WORLD}`);
    if (row.indicator_code !== codes[row.flow]) throw new Error(`${where}: a ${row.flow} from indicator ${row.indicator_code}`);
    if (!row.source_commit.startsWith(WDI_COMMIT)) throw new Error(`${where}: from commit ${row.source_commit}`);
  });
  const copy = (code: string) => `https://github.com/datasets/world-development-indicators/blob/${WDI_COMMIT}/indicators/${code.toLowerCase()}/data.csv`;
  const version = 'datasets/world-development-indicators; data last changed 2025-12-17 (commit 20289a7f4a748722b6d7142af0ab972f6d038452); not the 2026-07-13 WDI release, and the exact release cannot be established (the package drops the World Bank’s “Last Updated Date” line)';
  const site = 'the datasets/world-development-indicators data package on GitHub, which republishes the World Bank series';
  const sources = (['export', 'import'] as const).map((flow) =>
    registry.add({
      id: `wb-wdi-merchandise-${flow}s`,
      url: copy(codes[flow] ?? ''),
      publisherUrl: `https://data.worldbank.org/indicator/${codes[flow]}`,
      copySite: site,
      title: `World Development Indicators: Merchandise ${flow}s (current US$), ${codes[flow]}`,
      publisher: 'World Bank',
      licence: LICENCE.worldBank,
      version,
    }),
  );
  return {
    label: 'Merchandise exports and imports with the World',
    unit: 'current US$',
    basis: { export: 'exports valued FOB', import: 'imports valued CIF' },
    vintage: 'WDI as packaged in datasets/world-development-indicators, data last changed 2025-12-17',
    note: `Each state's merchandise trade with the World, ${FLOWS_FROM}–${WDI_TO}, from the World Bank: for comparison with the IMF figures, never combined with them.`,
    sources,
    series: seriesOf(cells, [WORLD], WDI_TO, file),
  };
}

export function buildTradeFlows(dots: DotsRow[], wdi: WdiTradeRow[], registry: SourceRegistry): TradeFlows {
  return { bilateral: dotsTable(dots, registry), worldTotals: wdiTable(wdi, registry) };
}
