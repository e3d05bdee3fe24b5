/** A state's measured trade as a CSV document: every year and partner, both sides' reports, and the World. */
import type { Bilateral } from '../../data/bilateral';
import type { Dataset } from '../../data/schema';
import { sourceLines } from './gdp-csv';
import { toCsv, type CsvValue } from '../../ui/csv';

export function bilateralFileName(stateId: string, b: Bilateral): string {
  return `ots-trade-${stateId.toLowerCase()}-${b.firstYear}-${b.worldLastYear}.csv`;
}

export function bilateralCsvText(dataset: Dataset, b: Bilateral, name: string): string {
  const flows = dataset.tradeFlows;
  const sources = [...b.sources.bilateral, ...b.sources.worldTotals].flatMap((id) => dataset.sources.find((s) => s.id === id) ?? []);
  const meta = [
    `OTS Atlas: ${name}'s merchandise trade with each state and the World, as it reports it and as each partner reports it`,
    `Unit: current US$ (values as published). Exports FOB, imports CIF. An empty field is a figure the source does not have.`,
    flows ? `Bilateral: ${flows.bilateral.vintage}. World totals: ${flows.worldTotals.vintage}.` : 'No measured flows in this dataset.',
    'A partner’s report of a flow (its imports for the state’s exports) is kept beside the state’s own; neither is averaged.',
    ...sources.flatMap(sourceLines),
    `Data as of ${dataset.asOf}.`,
  ];
  const header = ['partner', 'year', 'exports (own report)', 'imports (own report)', 'partner’s imports from it (partner’s report)', 'partner’s exports to it (partner’s report)', 'source'];
  const rows: CsvValue[][] = [];
  for (const p of b.partners) {
    for (const y of p.years) rows.push([p.name, y.year, y.own.exports, y.own.imports, y.partner.exports, y.partner.imports, 'IMF DOTS']);
  }
  for (const w of b.world) {
    rows.push(['World', w.year, w.imf.exports, w.imf.imports, null, null, 'IMF DOTS']);
    rows.push(['World', w.year, w.worldBank.exports, w.worldBank.imports, null, null, 'World Bank WDI']);
  }
  return toCsv({ meta, header, rows });
}
