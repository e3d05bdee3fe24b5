/**
 * Intra-OTS trade as reported: each statement kept as it was made, placed on a yearly axis for the charts.
 *
 * Only statements covering all OTS members go into the series. Where several sources give a figure for the same
 * year they are all kept, nudged apart on the axis so each stays visible, and the disagreement is recorded.
 * Statements without a year go into a separate slot to the right of the years; they are never given a year.
 */
import { checkClaims, type ClaimCheck } from './claims';
import { largest, type Scope } from './derive';
import type { Dataset, TradeObservation } from './schema';

export type TradeKind = 'volume' | 'share';

const METRIC_OF: Record<TradeKind, TradeObservation['metric']> = { volume: 'intra-volume', share: 'intra-share' };
/** Metrics about trade among the Turkic states; statements of other scopes are listed, not plotted. */
const INTRA_METRICS: ReadonlySet<TradeObservation['metric']> = new Set([
  'intra-volume',
  'intra-share',
  'bilateral-volume',
  'bilateral-share',
]);
/** How far apart figures for the same year are drawn, in years. */
export const DODGE = 0.45;

export interface TradePoint {
  id: string;
  kind: TradeKind;
  /** The year the figure refers to; null when the source gives none. */
  year: number | null;
  /** Where it is drawn: its year nudged apart from others of that year, or the undated slot. */
  x: number;
  /** Where it is drawn vertically: the value, or the top of a range. */
  y: number;
  value: number | null;
  range: readonly [number, number] | null;
  observation: TradeObservation;
  /** Other OTS-wide figures of the same kind for the same year, which differ from this one. */
  conflictsWith: string[];
}

export interface Disagreement {
  kind: TradeKind;
  year: number;
  ids: string[];
  low: number;
  high: number;
}

export interface NotPlotted {
  observation: TradeObservation;
  reason: 'single-state' | 'unclear-scope' | 'no-figure';
}

export interface TradeSeries {
  volume: TradePoint[];
  share: TradePoint[];
  disagreements: Disagreement[];
  notPlotted: NotPlotted[];
  /** First and last year with a dated OTS-wide figure. */
  firstYear: number;
  lastYear: number;
  /** The x position of figures reported without a year. */
  undatedX: number;
  sources: string[];
}

function low(o: TradeObservation): number {
  return o.value ?? o.range?.[0] ?? 0;
}

function plotted(dataset: Dataset, kind: TradeKind): TradeObservation[] {
  return dataset.trade.filter(
    (o) => o.metric === METRIC_OF[kind] && o.scope === 'ots-members' && (o.value != null || o.range != null),
  );
}

function sameFigure(a: TradeObservation, b: TradeObservation): boolean {
  return a.value === b.value && a.range?.[0] === b.range?.[0] && a.range?.[1] === b.range?.[1];
}

function place(kind: TradeKind, group: TradeObservation[], x: number): TradePoint[] {
  const sorted = [...group].sort((a, b) => low(a) - low(b) || a.id.localeCompare(b.id));
  return sorted.map((o, i) => ({
    id: o.id,
    kind,
    year: o.year,
    x: x + (i - (sorted.length - 1) / 2) * DODGE,
    y: o.value ?? o.range?.[1] ?? 0,
    value: o.value,
    range: o.value == null && o.range ? o.range : null,
    observation: o,
    conflictsWith: o.year == null ? [] : sorted.filter((other) => other !== o && !sameFigure(o, other)).map((other) => other.id),
  }));
}

function pointsOf(dataset: Dataset, kind: TradeKind, undatedX: number): TradePoint[] {
  const byYear = new Map<number | null, TradeObservation[]>();
  for (const o of plotted(dataset, kind)) byYear.set(o.year, [...(byYear.get(o.year) ?? []), o]);
  const keys = [...byYear.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return keys.flatMap((year) => place(kind, byYear.get(year) ?? [], year ?? undatedX));
}

function disagreementsOf(points: TradePoint[]): Disagreement[] {
  const found = new Map<number, Disagreement>();
  for (const p of points) {
    if (p.year == null || p.conflictsWith.length === 0) continue;
    const top = p.range?.[1] ?? p.y;
    const bottom = p.range?.[0] ?? p.y;
    const d = found.get(p.year);
    if (!d) found.set(p.year, { kind: p.kind, year: p.year, ids: [p.id], low: bottom, high: top });
    else found.set(p.year, { ...d, ids: [...d.ids, p.id], low: Math.min(d.low, bottom), high: Math.max(d.high, top) });
  }
  return [...found.values()];
}

function notPlottedOf(dataset: Dataset): NotPlotted[] {
  return dataset.trade
    .filter((o) => INTRA_METRICS.has(o.metric))
    .flatMap((o): NotPlotted[] => {
      if (o.scope === 'single-state') return [{ observation: o, reason: 'single-state' }];
      if (o.scope === 'unclear') return [{ observation: o, reason: 'unclear-scope' }];
      if (o.value == null && o.range == null) return [{ observation: o, reason: 'no-figure' }];
      return [];
    });
}

export function tradeSeries(dataset: Dataset): TradeSeries {
  const dated = (['volume', 'share'] as const).flatMap((k) => plotted(dataset, k)).flatMap((o) => (o.year == null ? [] : [o.year]));
  const asOfYear = Number(dataset.asOf.slice(0, 4));
  const firstYear = dated.length > 0 ? -largest(dated.map((y) => -y)) : asOfYear;
  const lastYear = dated.length > 0 ? largest(dated) : asOfYear;
  const undatedX = lastYear + 2;
  const volume = pointsOf(dataset, 'volume', undatedX);
  const share = pointsOf(dataset, 'share', undatedX);
  const sources = [...new Set([...volume, ...share].flatMap((p) => p.observation.sources))];
  return {
    volume,
    share,
    disagreements: [...disagreementsOf(volume), ...disagreementsOf(share)],
    notPlotted: notPlottedOf(dataset),
    firstYear,
    lastYear,
    undatedX,
    sources,
  };
}

/** The dataset's claims about the share of intra-OTS trade, checked by `checkClaims` for their own period. */
export function tradeShareClaims(dataset: Dataset, chosen: { year: number; scope: Scope }): ClaimCheck[] {
  return checkClaims(dataset, chosen).filter((c) => c.claim.metric === 'intra-trade-share');
}
