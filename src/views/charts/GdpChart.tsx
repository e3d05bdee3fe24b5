import { useId, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Source } from '../../data/schema';
import type { GdpSeries } from '../../data/series';
import { ANIMATION_MS, niceTicks, yearTicks, type EventMarker } from './axis';
import { formatAxis, totalLabel, type GdpView } from './gdp-text';
import { HighlightedSeries, highlightRules, SERIES_STYLE } from './gdp-highlight';
import { GdpTooltip } from './GdpTooltip';
import { IsolatedDot } from './IsolatedDot';
import { RegionLabel, XMarker } from './markers';
import { colourOf, TOTAL_COLOUR } from './palette';
import { ActiveLabelProbe, DrawnProbe, XAxisProbe, yearAt, type XAxisReader } from './probes';

interface GdpChartProps {
  series: GdpSeries;
  view: GdpView;
  highlighted: ReadonlySet<string>;
  year: number;
  event: EventMarker | null;
  animate: boolean;
  sourcesById: ReadonlyMap<string, Source>;
  label: string;
  onYear: (year: number) => void;
  onState: (id: string) => void;
  onDrawn: () => void;
}

const MARGIN = { top: 30, right: 14, bottom: 4, left: 4 };
const TICK = { fontSize: 15, fill: '#14202b' };
const CURSOR = { stroke: '#44525f', strokeWidth: 1, strokeDasharray: '4 3' };

/** The largest value the view draws: the stack's top, or the highest line. */
function maxShown(series: GdpSeries, view: GdpView): number {
  let max = 0;
  for (const row of series.rows) {
    if (view !== 'lines' && row.total != null) max = Math.max(max, row.total);
    if (view !== 'stacked') for (const e of series.entities) max = Math.max(max, row[e.id] ?? 0);
  }
  return max;
}

/**
 * The series as Recharts elements: stacked areas or lines, in their plain style. They do not depend on the highlight,
 * which is a style sheet over them (see gdp-highlight.ts), so a selection hands Recharts the same elements.
 */
function seriesElements(series: GdpSeries, view: GdpView, animate: boolean, onState: (id: string) => void) {
  const elements = series.entities.map((e, i) => {
    const colour = colourOf(e.id, i);
    const common = {
      dataKey: e.id,
      name: e.name,
      type: 'linear' as const,
      isAnimationActive: animate,
      animationDuration: ANIMATION_MS,
      connectNulls: false,
      className: 'chart-series',
      'data-series': e.id,
      onClick: () => onState(e.id),
      dot: <IsolatedDot id={e.id} years={series.isolated[e.id]} colour={colour} />,
      activeDot: false as const,
    };
    return view === 'stacked' ? (
      <Area key={e.id} {...common} stackId="gdp" fill={colour} stroke={colour} {...SERIES_STYLE.area} />
    ) : (
      <Line key={e.id} {...common} stroke={colour} {...SERIES_STYLE.line} />
    );
  });
  if (view === 'per-person') {
    elements.push(
      <Line key="total" dataKey="total" name={totalLabel(series)} stroke={TOTAL_COLOUR} strokeWidth={3} strokeDasharray="7 4" dot={false} activeDot={false} isAnimationActive={animate} animationDuration={ANIMATION_MS} data-series="total" />,
    );
  }
  return elements;
}

/**
 * GDP as stacked areas or one line per state, with the year and event markers. Draws only. Every element handed to
 * Recharts is memoised on what it shows, so a new year or event moves a marker without touching the series, and a
 * highlight restyles them without handing Recharts anything new.
 */
export function GdpChart({ series, view, highlighted, year, event, animate, sourcesById, label, onYear, onState, onDrawn }: GdpChartProps) {
  const first = series.rows[0]?.year ?? 0;
  const last = series.rows[series.rows.length - 1]?.year ?? 0;
  const xTicks = useMemo(() => yearTicks(first, last, 5), [first, last]);
  const xDomain = useMemo(() => [first, last], [first, last]);
  const yTicks = useMemo(() => niceTicks(maxShown(series, view)), [series, view]);
  const yDomain = useMemo(() => [0, yTicks[yTicks.length - 1] ?? 0], [yTicks]);
  const yFormat = useMemo(() => (v: number) => formatAxis(series, v), [series]);
  const elements = useMemo(() => seriesElements(series, view, animate, onState), [series, view, animate, onState]);
  const scope = useId();
  const ids = useMemo(() => series.entities.map((e) => e.id), [series]);
  const rules = useMemo(() => highlightRules(scope, ids, highlighted, view), [scope, ids, highlighted, view]);
  const tooltip = useMemo(() => <GdpTooltip series={series} view={view} sourcesById={sourcesById} />, [series, view, sourcesById]);
  const firstCounted = Math.min(...series.entities.map((e) => e.countedFrom ?? first));
  const before = useMemo(
    () => (firstCounted > first ? <ReferenceArea x1={first} x2={firstCounted} fill="#eef1f4" fillOpacity={0.8} label={<RegionLabel lines={['No state', 'counted yet']} />} /> : null),
    [first, firstCounted],
  );
  const activeRef = useRef<number | null>(null);
  const axisRef = useRef<XAxisReader | null>(null);
  const fixed = useMemo(
    () => (
      <>
        <CartesianGrid vertical={false} stroke="#dde2e8" />
        <DrawnProbe onDrawn={onDrawn} />
        <ActiveLabelProbe targetRef={activeRef} />
        <XAxisProbe targetRef={axisRef} />
      </>
    ),
    [onDrawn],
  );

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const y = yearAt(axisRef.current, e.currentTarget.querySelector('svg.recharts-surface'), e.clientX);
    if (y != null) onYear(y);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && activeRef.current != null) {
      e.preventDefault();
      onYear(activeRef.current);
    }
  };

  // The same element while only the highlight changes: React then leaves Recharts alone.
  const chart = useMemo(
    () => (
      <ResponsiveContainer width="100%" height={310}>
        <ComposedChart data={series.rows} margin={MARGIN} aria-label={label}>
          {fixed}
          <XAxis dataKey="year" type="number" domain={xDomain} ticks={xTicks} tick={TICK} tickLine={false} tickMargin={10} />
          <YAxis tickFormatter={yFormat} ticks={yTicks} domain={yDomain} tick={TICK} width={72} tickLine={false} axisLine={false} />
          {before}
          <Tooltip content={tooltip} cursor={CURSOR} isAnimationActive={false} />
          {elements}
          <XMarker x={year} label={String(year)} row={0} kind="year" />
          {event ? <XMarker x={event.x} label={`◆ ${event.title}`} row={1} kind="event" /> : null}
        </ComposedChart>
      </ResponsiveContainer>
    ),
    [series.rows, label, fixed, xDomain, xTicks, yDomain, yTicks, yFormat, before, tooltip, elements, year, event],
  );

  return (
    <div
      className="chart chart--gdp"
      data-export="figure"
      data-chart={scope}
      data-highlighted={ids.filter((id) => highlighted.has(id)).join(' ')}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <style>{rules}</style>
      <HighlightedSeries value={highlighted}>{chart}</HighlightedSeries>
    </div>
  );
}
