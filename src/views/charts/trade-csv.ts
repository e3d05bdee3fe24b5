/**
 * The trade panel's figures as a CSV document: the share and volume computed from IMF DOTS for each year (both sides'
 * readings, the states counted), then every plotted statement as reported, with who said it; units, basis, vintage,
 * rule and sources in the comment lines.
 */
import type { Dataset, Source } from '../../data/schema';
import type { TradeSeries } from '../../data/trade';
import type { ShareSeries } from '../../data/trade-share';
import { citationCell } from '../../ui/citation';
import { sourceLines } from './gdp-csv';
import type { CsvDocument, CsvValue } from '../../ui/csv';
import { KIND_UNIT, missingCellsText, NO_SHARE_TEXT, SHARE_FORMULA } from './trade-text';
import { sourceIndex } from '../../data/source-index';

export const TRADE_FILE_NAME = 'ots-intra-trade-measured-and-reported.csv';

export const TRADE_CSV_HEADER = [
  'kind', 'metric', 'year', 'year approximate', 'period as reported', 'value', 'range low', 'range high', 'unit', 'qualifier',
  'from partners’ reports', 'states counted', 'stated by', 'stated on', 'differs from', 'sources', 'note',
] as const;

export interface TradeCsvInput {
  dataset: Dataset;
  series: TradeSeries;
  share: ShareSeries;
  sources: readonly Source[];
  ruleText: string;
}

function measuredRows({ dataset, share }: TradeCsvInput): CsvValue[][] {
  const table = dataset.tradeFlows?.bilateral;
  if (!table) return [];
  const byId = sourceIndex(dataset);
  const cite = table.sources.flatMap((id) => { const s = byId.get(id); return s ? [citationCell(s)] : []; }).join('; ');
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const by = 'computed by the atlas from IMF DOTS';
  return share.years.flatMap((y): CsvValue[][] => {
    const states = y.states.join(' ');
    const why = y.noShare === 'missing' ? missingCellsText(y.missing.own.length > 0 ? y.missing.own : y.missing.mirror, names) : y.noShare ? NO_SHARE_TEXT[y.noShare] : '';
    const row = (metric: string, value: number | null, unit: string, mirror: number | null, note: string): CsvValue[] =>
      ['measured', metric, y.year, 'no', '', value, null, null, unit, '', mirror, states, by, '', '', cite, note];
    return [
      row('intra-share', y.own, 'percent of their total merchandise trade', y.mirror, y.own == null ? `no share: ${why}` : ''),
      row('intra-exports (exporters’ reports; FOB)', y.intra ? y.intra.exportsReported : null, 'current US$', y.intra ? y.intra.importsReported : null, 'from partners’ reports: the same flows as the importers report them (CIF)'),
    ];
  });
}

export function tradeCsv(input: TradeCsvInput): CsvDocument {
  const { dataset, series, sources, ruleText } = input;
  const byId = sourceIndex(dataset);
  const table = dataset.tradeFlows?.bilateral;
  const meta = [
    'OTS Atlas: intra-OTS trade, measured (IMF DOTS) and as reported',
    ...(table
      ? [
          `Measured: ${table.label}; ${table.vintage}; ${table.unit}; ${table.basis.export}; ${table.basis.import}.`,
          `${SHARE_FORMULA} ${ruleText} A year lacking a figure has no share, never the share of fewer states; figures from the two sides are kept apart, never averaged.`,
        ]
      : ['This dataset has no measured trade flows.']),
    `Reported: statements covering all OTS members, each as stated; intra-volume in ${KIND_UNIT.volume}, intra-share in ${KIND_UNIT.share}. Figures that differ for a year are all kept.`,
    ...sources.flatMap(sourceLines),
    `Data as of ${dataset.asOf}.`,
  ];
  const reported = [...series.volume, ...series.share].map((p): CsvValue[] => {
    const o = p.observation;
    return [
      'reported', o.metric, o.year, o.yearApproximate ? 'yes' : 'no', o.period, o.value, o.range?.[0], o.range?.[1], o.unit, o.qualifier ?? '',
      null, '', o.statedBy, o.statedOn ?? '', p.conflictsWith.join('; '),
      o.sources.flatMap((id) => { const s = byId.get(id); return s ? [citationCell(s)] : []; }).join('; '),
      o.note ?? '',
    ];
  });
  return { meta, header: TRADE_CSV_HEADER, rows: [...measuredRows(input), ...reported] };
}
