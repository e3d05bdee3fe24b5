/**
 * The measured series as the trade charts draw them: the share computed from IMF DOTS (from the states' own reports)
 * and the trade among the states as the exporters and as the importers report it, each a line broken where a year has
 * no figure. Pure: the same share series gives equal lines.
 */
import type { ShareSeries, ShareYear } from '../../data/trade-share';
import type { TradeKind } from '../../data/trade';

export type MeasuredLineId = 'share-own' | 'volume-exporters' | 'volume-importers';

export interface MeasuredPoint {
  measured: true;
  line: MeasuredLineId;
  x: number;
  y: number;
  year: number;
  share: ShareYear;
}

export interface MeasuredLine {
  id: MeasuredLineId;
  kind: TradeKind;
  /** Runs of consecutive years with a figure: a gap breaks the line. */
  segments: MeasuredPoint[][];
}

export const MEASURED_COLOURS: Record<MeasuredLineId, string> = {
  'share-own': '#7a3e00',
  'volume-exporters': '#0b3d5c',
  'volume-importers': '#3f8fc0',
};

export const MEASURED_DASH: Record<MeasuredLineId, string | undefined> = {
  'share-own': undefined,
  'volume-exporters': undefined,
  'volume-importers': '7 4',
};

function valueOf(line: MeasuredLineId, y: ShareYear): number | null {
  if (line === 'share-own') return y.own;
  if (!y.intra) return null;
  return (line === 'volume-exporters' ? y.intra.exportsReported : y.intra.importsReported) / 1e9;
}

function lineOf(series: ShareSeries, id: MeasuredLineId, kind: TradeKind): MeasuredLine {
  const segments: MeasuredPoint[][] = [];
  let run: MeasuredPoint[] = [];
  for (const year of series.years) {
    const value = valueOf(id, year);
    if (value == null) {
      if (run.length > 0) segments.push(run);
      run = [];
      continue;
    }
    run.push({ measured: true, line: id, x: year.year, y: value, year: year.year, share: year });
  }
  if (run.length > 0) segments.push(run);
  return { id, kind, segments };
}

export interface MeasuredLines {
  share: MeasuredLine[];
  volume: MeasuredLine[];
  /** First and last year with any measured figure; null when there is none. */
  first: number | null;
  last: number | null;
  /** The table's last year: after it, statements only. */
  tableLast: number | null;
}

export function measuredLines(series: ShareSeries): MeasuredLines {
  const share = [lineOf(series, 'share-own', 'share')];
  const volume = [lineOf(series, 'volume-exporters', 'volume'), lineOf(series, 'volume-importers', 'volume')];
  const years = [...share, ...volume].flatMap((l) => l.segments.flat().map((p) => p.year));
  return {
    share,
    volume,
    first: years.length > 0 ? Math.min(...years) : null,
    last: years.length > 0 ? Math.max(...years) : null,
    tableLast: series.years[series.years.length - 1]?.year ?? null,
  };
}

export function isMeasured(payload: unknown): payload is MeasuredPoint {
  return typeof payload === 'object' && payload !== null && (payload as { measured?: unknown }).measured === true;
}
