/** What the GDP panel exports: its CSV, its image stamps and its SVG key, for the shared export menu. */
import { useMemo } from 'react';
import type { Dataset, Source } from '../../data/schema';
import type { GdpSeries } from '../../data/series';
import { toCsv } from '../../ui/csv';
import type { PanelExport } from '../../ui/export/panel-export';
import type { SvgLegendEntry } from '../../ui/export/svg';
import { gdpCsv } from './gdp-csv';
import { gdpFileName, totalLabel, type GdpView } from './gdp-text';
import { colourOf, TOTAL_COLOUR } from './palette';

/** The key of the SVG: a swatch per state as the chart draws it (areas or lines), and the combined line. */
export function gdpSvgLegend(series: GdpSeries, view: GdpView): SvgLegendEntry[] {
  const entries: SvgLegendEntry[] = series.entities.map((e, i) => ({ label: e.name, colour: colourOf(e.id, i), mark: view === 'stacked' ? 'box' : 'line' }));
  if (view === 'per-person') entries.push({ label: `${totalLabel(series)}: all counted states’ GDP ÷ their population`, colour: TOTAL_COLOUR, mark: 'dash' });
  return entries;
}

interface GdpExportInput {
  dataset: Dataset;
  series: GdpSeries;
  view: GdpView;
  sources: readonly Source[];
  title: string;
  caption: string;
}

export function useGdpExport({ dataset, series, view, sources, title, caption }: GdpExportInput): PanelExport {
  return useMemo(() => {
    const first = series.rows[0]?.year;
    const last = series.rows[series.rows.length - 1]?.year;
    return {
      subject: title,
      file: [title, `${series.options.scope} ${view} ${first} ${last}`],
      stamp: { title, subtitle: caption, sources, asOf: dataset.asOf },
      csv: () => ({ fileName: gdpFileName(series), text: toCsv(gdpCsv(dataset, series, view, sources)) }),
      svgLegend: gdpSvgLegend(series, view),
      skip: '.recharts-tooltip-wrapper',
      embed: { panel: 'gdp', title: 'OTS Atlas: GDP', width: 820, height: 780 },
    };
  }, [dataset, series, view, sources, title, caption]);
}
