/** What a panel offers to export, and how each export finds its parts in the panel. */
import { downloadCsv } from '../csv';
import { chartSvg, type SvgLegendEntry } from './svg';
import { downloadBlob, downloadText } from '../download';
import { exportFileName } from './files';
import type { EmbedSpec } from './EmbedDialog';
import type { StampText } from './stamp-text';

export interface PanelExport {
  /** What the panel shows, in the actions' accessible names: "GDP", "the map". */
  subject: string;
  /** The panel and what it shows, in file names: ["gdp", "members 2000-2025"]. */
  file: readonly [panel: string, detail: string | null];
  stamp: StampText;
  /** The numbers behind the panel, built when asked for. */
  csv: () => { fileName: string; text: string };
  /** Charts also export as SVG; their key is drawn from these entries. */
  svgLegend?: readonly SvgLegendEntry[];
  /** Elements of the figure or legend left out of the PNG (controls, tooltips). */
  skip?: string;
  /** Lays the legend out at this width (CSS px) in the image: a wide legend made narrow to stand beside the figure. */
  legendWidth?: number;
  /** The figure, when the panel cannot mark it with `data-export="figure"` (a container a library renders). */
  figure?: string;
  embed?: EmbedSpec;
}

/** The panel marks its figure and its legend with `data-export="figure"` and `data-export="legend"`. */
function part(panel: Element, name: 'figure' | 'legend', selector?: string): HTMLElement | null {
  return panel.querySelector<HTMLElement>(selector ?? `[data-export="${name}"]`);
}

function panelOf(from: Element | null): Element {
  const panel = from?.closest('section.panel');
  if (!panel) throw new Error('the panel is not on screen');
  return panel;
}

export async function exportPng(spec: PanelExport, from: Element | null): Promise<void> {
  const panel = panelOf(from);
  const figure = part(panel, 'figure', spec.figure);
  if (!figure) throw new Error('the panel has nothing drawn to export');
  // html-to-image loads with the first PNG asked for, not with the page.
  const { stampedPng } = await import('./png');
  const blob = await stampedPng(
    { figure, legend: part(panel, 'legend'), ...(spec.skip ? { skip: spec.skip } : {}), ...(spec.legendWidth ? { legendWidth: spec.legendWidth } : {}) },
    spec.stamp,
  );
  downloadBlob(exportFileName(spec.file[0], spec.file[1], spec.stamp.asOf, 'png'), blob);
}

export function exportSvg(spec: PanelExport, from: Element | null): void {
  const figure = part(panelOf(from), 'figure');
  const charts = [...(figure?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])].map((svg) => {
    const heading = svg.closest('[data-export-heading]')?.getAttribute('data-export-heading');
    return { svg, ...(heading ? { heading } : {}) };
  });
  if (charts.length === 0) throw new Error('the chart is not drawn');
  const text = chartSvg(charts, spec.stamp, spec.svgLegend ?? []);
  downloadText(exportFileName(spec.file[0], spec.file[1], spec.stamp.asOf, 'svg'), text, 'image/svg+xml');
}

export function exportCsv(spec: PanelExport): void {
  const { fileName, text } = spec.csv();
  downloadCsv(fileName, text);
}
