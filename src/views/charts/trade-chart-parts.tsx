/**
 * The pieces of a trade chart built once per input and handed to Recharts as stable elements: the clickable year
 * strips, the bands where sources differ, the measured lines, and the regions the chart names (statements only; the
 * claimed period).
 */
import { ReferenceArea, Scatter } from 'recharts';
import { DODGE, type Disagreement, type TradeKind } from '../../data/trade';
import { TopLabel } from './markers';
import { MEASURED_COLOURS, MEASURED_DASH, type MeasuredLine, type MeasuredPoint } from './trade-measured';

/** Half the width of the band behind figures that differ: wide enough to cover them all. */
const BAND = DODGE + 0.3;

/** A strip over each year, under the points: clicking it chooses the year. */
export function yearStrips(years: readonly number[], onYear: (year: number) => void) {
  return years.map((y) => (
    <ReferenceArea key={y} x1={y - 0.5} x2={y + 0.5} fill="#0b3d5c" fillOpacity={0} className="year-strip" data-year={y} onClick={() => onYear(y)} />
  ));
}

export function conflictBands(disagreements: readonly Disagreement[], kind: TradeKind) {
  return disagreements
    .filter((d) => d.kind === kind)
    .map((d) => (
      <ReferenceArea key={d.year} x1={d.year - BAND} x2={d.year + BAND} y1={d.low} y2={d.high} fill="#f3c6c2" fillOpacity={0.55} stroke="#a3231d" strokeDasharray="4 3" className="trade-conflict" />
    ));
}

interface MeasuredDotProps {
  cx?: number;
  cy?: number;
  payload?: MeasuredPoint;
  colour: string;
}

/** A small point on a measured line: it takes the pointer for the tooltip, and names its year for tests and exports. */
function MeasuredDot({ cx, cy, payload, colour }: MeasuredDotProps) {
  if (cx == null || cy == null || !payload) return null;
  return <circle cx={cx} cy={cy} r={3.5} fill={colour} stroke="#fff" strokeWidth={1} className="trade-measured-point" data-line={payload.line} data-year={payload.year} />;
}

/** Each run of consecutive years as its own line, so a year without a figure is a gap, never a bridge. */
export function measuredScatters(lines: readonly MeasuredLine[], onPoint: (p: { payload?: MeasuredPoint }) => void) {
  return lines.flatMap((line) =>
    line.segments.map((segment) => (
      <Scatter
        key={`${line.id}-${segment[0]?.year}`}
        data={segment}
        line={{ stroke: MEASURED_COLOURS[line.id], strokeWidth: 2.5, strokeDasharray: MEASURED_DASH[line.id] }}
        lineJointType="linear"
        shape={<MeasuredDot colour={MEASURED_COLOURS[line.id]} />}
        isAnimationActive={false}
        className={`trade-measured trade-measured--${line.id}`}
        onClick={onPoint}
      />
    )),
  );
}

/** After the last year of the measured table: the years with statements only. */
export function statementsOnly(from: number, to: number) {
  if (to < from) return null;
  return (
    <ReferenceArea x1={from - 0.5} x2={to + 0.5} fill="#eef1f4" fillOpacity={0.7} className="trade-statements-only" label={<TopLabel text="statements only" />} />
  );
}

/** The period a claim was made for, from its first day to its last, on the yearly axis. */
export function claimPeriod(from: number, to: number) {
  return <ReferenceArea x1={from} x2={to} fill="#6a5a00" fillOpacity={0.12} stroke="#6a5a00" strokeDasharray="3 3" className="trade-claim-period" />;
}
