/** The trade panel's figures as a CSV document: every plotted statement as reported, with who said it and the sources. */
import type { Dataset, Source } from '../../data/schema';
import type { TradeSeries } from '../../data/trade';
import type { CsvDocument, CsvValue } from '../../ui/csv';
import { sourceLines } from './gdp-csv';
import { citationCell } from '../../ui/citation';
import { KIND_UNIT } from './trade-text';
import { sourceIndex } from '../../data/source-index';

export const TRADE_FILE_NAME = 'ots-intra-trade-as-reported.csv';

export function tradeCsv(dataset: Dataset, series: TradeSeries, sources: readonly Source[]): CsvDocument {
  const byId = sourceIndex(dataset);
  const meta = [
    'OTS Atlas: intra-OTS trade as reported (volume of trade among the members; its share of their total trade)',
    `Units: intra-volume in ${KIND_UNIT.volume}; intra-share in ${KIND_UNIT.share}.`,
    'Rule: statements covering all OTS members only, each kept as reported; figures that differ for a year are all kept, never averaged; statements about one state’s trade or of unclear scope are left out.',
    ...sources.flatMap(sourceLines),
    `Data as of ${dataset.asOf}.`,
  ];
  const header = [
    'metric', 'year', 'year approximate', 'period as reported', 'value', 'range low', 'range high', 'unit', 'qualifier',
    'stated by', 'stated on', 'differs from', 'sources', 'note',
  ];
  const rows = [...series.volume, ...series.share].map((p): CsvValue[] => {
    const o = p.observation;
    return [
      o.metric,
      o.year,
      o.yearApproximate ? 'yes' : 'no',
      o.period,
      o.value,
      o.range?.[0],
      o.range?.[1],
      o.unit,
      o.qualifier ?? '',
      o.statedBy,
      o.statedOn ?? '',
      p.conflictsWith.join('; '),
      o.sources.flatMap((id) => { const s = byId.get(id); return s ? [citationCell(s)] : []; }).join('; '),
      o.note ?? '',
    ];
  });
  return { meta, header, rows };
}
