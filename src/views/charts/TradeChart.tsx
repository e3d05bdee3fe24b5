import { useCallback, useMemo } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Source } from '../../data/schema';
import { DODGE, type Disagreement, type TradeKind, type TradePoint } from '../../data/trade';
import { formatPercent, formatUsdBn } from '../../ui/format-chart';
import { niceTicks, yearTicks } from './axis';
import { LineLabel, XMarker } from './markers';
import { DrawnProbe } from './probes';
import { SelectedYearRings, TradeMark } from './TradeMark';
import { TradeTooltip } from './TradeTooltip';

export interface ClaimLine {
  value: number;
  label: string;
}

interface TradeChartProps {
  kind: TradeKind;
  points: TradePoint[];
  disagreements: readonly Disagreement[];
  firstYear: number;
  lastYear: number;
  undatedX: number;
  year: number;
  claimLines?: readonly ClaimLine[];
  colour: string;
  sourcesById: ReadonlyMap<string, Source>;
  byId: ReadonlyMap<string, TradePoint>;
  label: string;
  onYear: (year: number) => void;
  onDrawn?: () => void;
}

const MARGIN = { top: 28, right: 14, bottom: 4, left: 4 };
const TICK = { fontSize: 15, fill: '#14202b' };
const NO_LINES: readonly ClaimLine[] = [];
/** The claim lines' labels start a fifth of the way along, clear of the first reported shares. */
const CLAIM_LABEL_AT = 0.22;
/** Half the width of the band behind figures that differ: wide enough to cover them all. */
const BAND = DODGE + 0.3;

/** A strip over each year, under the points: clicking it chooses the year. */
function yearStrips(years: readonly number[], onYear: (year: number) => void) {
  return years.map((y) => (
    <ReferenceArea key={y} x1={y - 0.5} x2={y + 0.5} fill="#0b3d5c" fillOpacity={0} className="year-strip" data-year={y} onClick={() => onYear(y)} />
  ));
}

/**
 * Reported figures of one kind as points on a yearly axis, with a slot for those without a year. Every element handed
 * to Recharts is memoised, so a new year moves the marker and the rings without redrawing the points.
 */
export function TradeChart(props: TradeChartProps) {
  const { kind, points, disagreements, firstYear, lastYear, undatedX, year, claimLines = NO_LINES, colour, sourcesById, byId, label, onYear, onDrawn } = props;
  const years = useMemo(() => yearTicks(firstYear, lastYear, 1), [firstYear, lastYear]);
  const xTicks = useMemo(() => [...years.filter((y) => (y - firstYear) % 2 === 0), undatedX], [years, firstYear, undatedX]);
  const xDomain = useMemo(() => [firstYear - 0.7, undatedX + 0.7], [firstYear, undatedX]);
  const xFormat = useCallback((x: number) => (x === undatedX ? 'no year' : String(x)), [undatedX]);
  const yTicks = useMemo(() => niceTicks(Math.max(...points.map((p) => p.y), ...claimLines.map((c) => c.value), 0), 4), [points, claimLines]);
  const yDomain = useMemo(() => [0, yTicks[yTicks.length - 1] ?? 0], [yTicks]);
  const grid = useMemo(() => <CartesianGrid vertical={false} stroke="#dde2e8" />, []);
  // Between the dated years and the slot for undated figures. A new element on each render would have Recharts
  // unregister and register the line again on every change of year.
  const undatedEdge = useMemo(() => <ReferenceLine x={lastYear + 1} stroke="#9aa5b1" strokeDasharray="2 4" />, [lastYear]);
  const strips = useMemo(() => yearStrips(years, onYear), [years, onYear]);
  const bands = useMemo(
    () =>
      disagreements
        .filter((d) => d.kind === kind)
        .map((d) => (
          <ReferenceArea key={d.year} x1={d.year - BAND} x2={d.year + BAND} y1={d.low} y2={d.high} fill="#f3c6c2" fillOpacity={0.55} stroke="#a3231d" strokeDasharray="4 3" className="trade-conflict" />
        )),
    [disagreements, kind],
  );
  const claims = useMemo(
    () =>
      claimLines.map((c) => (
        <ReferenceLine key={c.value} y={c.value} stroke="#6a5a00" strokeWidth={2} strokeDasharray="8 4" label={<LineLabel text={c.label} at={CLAIM_LABEL_AT} />} />
      )),
    [claimLines],
  );
  const tooltip = useMemo(() => <TradeTooltip sourcesById={sourcesById} byId={byId} />, [sourcesById, byId]);
  const onPoint = useCallback((p: { payload?: TradePoint }) => {
    if (p.payload?.year != null) onYear(p.payload.year);
  }, [onYear]);
  const scatter = useMemo(
    // Reported figures never move: nothing to animate.
    () => <Scatter data={points} shape={<TradeMark colour={colour} />} isAnimationActive={false} onClick={onPoint} />,
    [points, colour, onPoint],
  );

  return (
    <div className={`chart chart--trade chart--${kind}`}>
      <ResponsiveContainer width="100%" height={210}>
        <ScatterChart margin={MARGIN} aria-label={label}>
          {grid}
          {strips}
          {bands}
          {undatedEdge}
          <XAxis dataKey="x" type="number" domain={xDomain} ticks={xTicks} tickFormatter={xFormat} tick={TICK} tickLine={false} tickMargin={10} allowDataOverflow />
          <YAxis dataKey="y" type="number" ticks={yTicks} domain={yDomain} tickFormatter={kind === 'volume' ? formatUsdBn : formatPercent} tick={TICK} width={kind === 'volume' ? 66 : 44} tickLine={false} axisLine={false} />
          {claims}
          <Tooltip content={tooltip} cursor={false} isAnimationActive={false} />
          {scatter}
          {year >= firstYear && year <= lastYear ? <XMarker x={year} label={String(year)} row={0} kind="year" /> : null}
          <SelectedYearRings points={points} year={year} />
          {onDrawn ? <DrawnProbe onDrawn={onDrawn} /> : null}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
