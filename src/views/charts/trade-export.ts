/** What the trade panel exports: its CSV, its image stamps and its SVG key, for the shared export menu. */
import { useMemo } from 'react';
import type { Dataset, Source } from '../../data/schema';
import type { TradeSeries } from '../../data/trade';
import { toCsv } from '../../ui/csv';
import type { PanelExport } from '../../ui/export/panel-export';
import type { SvgLegendEntry } from '../../ui/export/svg';
import { tradeCsv, TRADE_FILE_NAME } from './trade-csv';
import { KIND_TITLE } from './trade-text';

export const TRADE_COLOURS = { volume: '#0b5e8e', share: '#b5651d', claim: '#6a5a00', conflict: '#f3c6c2' } as const;

export const TRADE_SVG_LEGEND: readonly SvgLegendEntry[] = [
  { label: KIND_TITLE.volume, colour: TRADE_COLOURS.volume, mark: 'dot' },
  { label: KIND_TITLE.share, colour: TRADE_COLOURS.share, mark: 'dot' },
  { label: 'the claimed 3% and 7%', colour: TRADE_COLOURS.claim, mark: 'dash' },
  { label: 'sources differ', colour: TRADE_COLOURS.conflict, mark: 'box' },
];

export function useTradeExport(dataset: Dataset, series: TradeSeries, sources: readonly Source[], caption: string): PanelExport {
  return useMemo(
    () => ({
      subject: 'intra-OTS trade',
      file: ['intra-OTS trade', 'as reported'],
      stamp: { title: 'Intra-OTS trade', subtitle: caption, sources, asOf: dataset.asOf },
      csv: () => ({ fileName: TRADE_FILE_NAME, text: toCsv(tradeCsv(dataset, series, sources)) }),
      svgLegend: TRADE_SVG_LEGEND,
      skip: '.recharts-tooltip-wrapper',
      embed: { panel: 'trade', title: 'OTS Atlas: intra-OTS trade', width: 820, height: 900 },
    }),
    [dataset, series, sources, caption],
  );
}
