/** What the trade panel exports: its CSV, its image stamps and its SVG key, for the shared export menu. */
import { useMemo } from 'react';
import { toCsv } from '../../ui/csv';
import type { PanelExport } from '../../ui/export/panel-export';
import type { SvgLegendEntry } from '../../ui/export/svg';
import { tradeCsv, TRADE_FILE_NAME, type TradeCsvInput } from './trade-csv';
import { KIND_TITLE, MEASURED_LABEL } from './trade-text';
import { MEASURED_COLOURS } from './trade-measured';

export const TRADE_COLOURS = { volume: '#0b5e8e', share: '#b5651d', claim: '#6a5a00', conflict: '#f3c6c2' } as const;

export const TRADE_SVG_LEGEND: readonly SvgLegendEntry[] = [
  { label: MEASURED_LABEL['share-own'], colour: MEASURED_COLOURS['share-own'], mark: 'line' },
  { label: MEASURED_LABEL['volume-exporters'], colour: MEASURED_COLOURS['volume-exporters'], mark: 'line' },
  { label: MEASURED_LABEL['volume-importers'], colour: MEASURED_COLOURS['volume-importers'], mark: 'dash' },
  { label: `Stated: ${KIND_TITLE.volume}`, colour: TRADE_COLOURS.volume, mark: 'dot' },
  { label: `Stated: ${KIND_TITLE.share}`, colour: TRADE_COLOURS.share, mark: 'dot' },
  { label: 'the claimed 3% and 7%', colour: TRADE_COLOURS.claim, mark: 'dash' },
  { label: 'sources differ', colour: TRADE_COLOURS.conflict, mark: 'box' },
];

export function useTradeExport(input: TradeCsvInput & { caption: string }): PanelExport {
  const { dataset, series, share, sources, caption, ruleText } = input;
  return useMemo(
    () => ({
      subject: 'intra-OTS trade',
      file: ['intra-OTS trade', 'measured and reported'],
      stamp: { title: 'Intra-OTS trade', subtitle: caption, sources, asOf: dataset.asOf },
      csv: () => ({ fileName: TRADE_FILE_NAME, text: toCsv(tradeCsv({ dataset, series, share, sources, ruleText })) }),
      svgLegend: TRADE_SVG_LEGEND,
      skip: '.recharts-tooltip-wrapper',
      embed: { panel: 'trade', title: 'OTS Atlas: intra-OTS trade', width: 820, height: 900 },
    }),
    [dataset, series, share, sources, caption, ruleText],
  );
}
