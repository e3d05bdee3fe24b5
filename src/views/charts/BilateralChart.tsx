import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd } from '../../ui/format';
import { niceTicks, yearTicks } from './axis';
import { XMarker } from './markers';
import { colourOf } from './palette';

export interface BilateralLine {
  key: string;
  name: string;
  colour: string;
  /** Dashed: the partner's report (or the World Bank's total). */
  dashed: boolean;
}

interface BilateralChartProps {
  rows: readonly ({ year: number } & Record<string, number | null>)[];
  lines: readonly BilateralLine[];
  year: number;
  label: string;
  height: number;
}

const MARGIN = { top: 24, right: 14, bottom: 4, left: 4 };
const TICK = { fontSize: 15, fill: '#14202b' };

/** Lines over the years, solid for a state's own report and dashed for the other side's; a gap where one is missing. */
export const BilateralChart = memo(function BilateralChart({ rows, lines, year, label, height }: BilateralChartProps) {
  const first = rows[0]?.year ?? year;
  const last = rows[rows.length - 1]?.year ?? year;
  const xTicks = useMemo(() => yearTicks(first, last, last - first > 14 ? 5 : 2), [first, last]);
  const highest = useMemo(() => Math.max(0, ...rows.flatMap((r) => lines.map((l) => r[l.key] ?? 0))), [rows, lines]);
  const yTicks = useMemo(() => niceTicks(highest, 4), [highest]);
  const elements = useMemo(
    () =>
      lines.map((l) => (
        <Line
          key={l.key}
          dataKey={l.key}
          name={l.name}
          stroke={l.colour}
          strokeWidth={2.5}
          strokeDasharray={l.dashed ? '6 4' : undefined}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
          className="bilateral-line"
          data-line={l.key}
        />
      )),
    [lines],
  );
  return (
    <div className="chart chart--bilateral">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows as ({ year: number } & Record<string, number | null>)[]} margin={MARGIN} aria-label={label}>
          <CartesianGrid vertical={false} stroke="#dde2e8" />
          <XAxis dataKey="year" type="number" domain={[first, last]} ticks={xTicks} tick={TICK} tickLine={false} tickMargin={10} />
          <YAxis type="number" domain={[0, yTicks[yTicks.length - 1] ?? 0]} ticks={yTicks} tickFormatter={formatUsd} tick={TICK} width={80} tickLine={false} axisLine={false} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatUsd(v) : '—')} labelFormatter={(y) => String(y)} isAnimationActive={false} />
          {elements}
          {year >= first && year <= last ? <XMarker x={year} label={String(year)} row={0} kind="year" /> : null}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
});

export function partnerColour(id: string, index: number): string {
  return colourOf(id, index);
}
