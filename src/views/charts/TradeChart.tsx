import { useCallback, useMemo } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Source } from '../../data/schema';
import type { Disagreement, TradeKind, TradePoint } from '../../data/trade';
import { formatPercent, formatUsdBn } from '../../ui/format-chart';
import { niceTicks, yearTicks } from './axis';
import { LineLabel, XMarker } from './markers';
import { DrawnProbe } from './probes';
import { claimPeriod, conflictBands, measuredScatters, statementsOnly, yearStrips } from './trade-chart-parts';
import type { MeasuredLine, MeasuredPoint } from './trade-measured';
import { SelectedYearRings, TradeMark } from './TradeMark';
import { TradeTooltip, type MeasuredContext } from './TradeTooltip';

export interface ClaimLine {
  value: number;
  label: string;
}

interface TradeChartProps {
  kind: TradeKind;
  points: TradePoint[];
  disagreements: readonly Disagreement[];
  /** The first and last year on the axis (measured or stated), and the slot for figures without a year. */
  firstYear: number;
  lastYear: number;
  undatedX: number;
  year: number;
  measured: readonly MeasuredLine[];
  /** The years after the measured table ends, up to the last statement: named "statements only". */
  statementsOnly: { from: number; to: number } | null;
  /** The period of a claim drawn on the chart, on the yearly axis. */
  period?: { from: number; to: number } | null;
  claimLines?: readonly ClaimLine[];
  colour: string;
  sourcesById: ReadonlyMap<string, Source>;
  byId: ReadonlyMap<string, TradePoint>;
  measuredContext: MeasuredContext;
  label: string;
  onYear: (year: number) => void;
  onDrawn?: () => void;
}

const MARGIN = { top: 28, right: 14, bottom: 4, left: 4 };
const TICK = { fontSize: 15, fill: '#14202b' };
const NO_LINES: readonly ClaimLine[] = [];
/** The claim lines' labels start a fifth of the way along, clear of the first reported shares. */
const CLAIM_LABEL_AT = 0.22;

/**
 * Figures of one kind on a yearly axis: those computed from IMF DOTS as lines, those reported as points (with a slot
 * for those without a year). Every element handed to Recharts is memoised, so a new year moves the marker and the
 * rings without redrawing the points.
 */
export function TradeChart(props: TradeChartProps) {
  const { kind, points, disagreements, firstYear, lastYear, undatedX, year, measured, claimLines = NO_LINES, colour, sourcesById, byId, measuredContext, label, onYear, onDrawn } = props;
  const years = useMemo(() => yearTicks(firstYear, lastYear, 1), [firstYear, lastYear]);
  const step = lastYear - firstYear > 14 ? 4 : 2;
  const xTicks = useMemo(() => [...years.filter((y) => (lastYear - y) % step === 0), undatedX], [years, lastYear, step, undatedX]);
  const xDomain = useMemo(() => [firstYear - 0.7, undatedX + 0.7], [firstYear, undatedX]);
  const xFormat = useCallback((x: number) => (x === undatedX ? 'no year' : String(x)), [undatedX]);
  const highest = useMemo(() => Math.max(0, ...points.map((p) => p.y), ...claimLines.map((c) => c.value), ...measured.flatMap((l) => l.segments.flat().map((p) => p.y))), [points, claimLines, measured]);
  const yTicks = useMemo(() => niceTicks(highest, 4), [highest]);
  const yDomain = useMemo(() => [0, yTicks[yTicks.length - 1] ?? 0], [yTicks]);
  const grid = useMemo(() => <CartesianGrid vertical={false} stroke="#dde2e8" />, []);
  // A new element on each render would have Recharts register the line again on every change of year.
  const undatedEdge = useMemo(() => <ReferenceLine x={lastYear + 1} stroke="#9aa5b1" strokeDasharray="2 4" />, [lastYear]);
  const strips = useMemo(() => yearStrips(years, onYear), [years, onYear]);
  const bands = useMemo(() => conflictBands(disagreements, kind), [disagreements, kind]);
  const only = useMemo(() => (props.statementsOnly ? statementsOnly(props.statementsOnly.from, props.statementsOnly.to) : null), [props.statementsOnly]);
  const periodFrom = props.period?.from;
  const periodTo = props.period?.to;
  const period = useMemo(() => (periodFrom != null && periodTo != null ? claimPeriod(periodFrom, periodTo) : null), [periodFrom, periodTo]);
  const claims = useMemo(
    () =>
      claimLines.map((c) => (
        <ReferenceLine key={c.value} y={c.value} stroke="#6a5a00" strokeWidth={2} strokeDasharray="8 4" label={<LineLabel text={c.label} at={CLAIM_LABEL_AT} />} />
      )),
    [claimLines],
  );
  const tooltip = useMemo(() => <TradeTooltip sourcesById={sourcesById} byId={byId} measured={measuredContext} />, [sourcesById, byId, measuredContext]);
  const onPoint = useCallback((p: { payload?: TradePoint | MeasuredPoint }) => {
    if (p.payload?.year != null) onYear(p.payload.year);
  }, [onYear]);
  const lines = useMemo(() => measuredScatters(measured, onPoint), [measured, onPoint]);
  const scatter = useMemo(
    // Reported figures never move: nothing to animate.
    () => <Scatter data={points} shape={<TradeMark colour={colour} />} isAnimationActive={false} onClick={onPoint} />,
    [points, colour, onPoint],
  );

  return (
    <div className={`chart chart--trade chart--${kind}`}>
      <ResponsiveContainer width="100%" height={220}>
        <ScatterChart margin={MARGIN} aria-label={label}>
          {grid}
          {only}
          {period}
          {strips}
          {bands}
          {undatedEdge}
          <XAxis dataKey="x" type="number" domain={xDomain} ticks={xTicks} tickFormatter={xFormat} tick={TICK} tickLine={false} tickMargin={10} allowDataOverflow />
          <YAxis dataKey="y" type="number" ticks={yTicks} domain={yDomain} tickFormatter={kind === 'volume' ? formatUsdBn : formatPercent} tick={TICK} width={kind === 'volume' ? 66 : 44} tickLine={false} axisLine={false} />
          {claims}
          <Tooltip content={tooltip} cursor={false} isAnimationActive={false} />
          {lines}
          {scatter}
          {year >= firstYear && year <= lastYear ? <XMarker x={year} label={String(year)} row={0} kind="year" /> : null}
          <SelectedYearRings points={points} year={year} />
          {onDrawn ? <DrawnProbe onDrawn={onDrawn} /> : null}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
