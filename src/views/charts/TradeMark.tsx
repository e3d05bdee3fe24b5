import { useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { TradePoint } from '../../data/trade';

interface TradeMarkProps {
  colour: string;
  /** Filled in by Recharts for each point. */
  cx?: number;
  cy?: number;
  payload?: TradePoint;
}

/**
 * A reported figure, drawn so that its kind is visible without colour: a dot for a figure as stated, a triangle
 * for "more than" (a lower bound), a diamond for "about", a bar for a range; hollow when the year is approximate or
 * not given.
 */
export function TradeMark({ colour, cx, cy, payload }: TradeMarkProps) {
  const scale = useYAxisScale();
  if (cx == null || cy == null || !payload) return null;
  const o = payload.observation;
  const hollow = o.yearApproximate || payload.year == null;
  const r = 6;
  const common = { fill: hollow ? '#ffffff' : colour, stroke: colour, strokeWidth: 2.5, className: 'trade-mark', 'data-observation': o.id };
  if (payload.range) {
    const bottom = scale?.(payload.range[0]) ?? cy;
    return (
      <g {...common}>
        <rect x={cx - 5} y={cy} width={10} height={Math.max(bottom - cy, 2)} rx={2} />
        <line x1={cx - 9} x2={cx + 9} y1={cy} y2={cy} />
        <line x1={cx - 9} x2={cx + 9} y1={bottom} y2={bottom} />
      </g>
    );
  }
  if (o.qualifier === 'more-than') {
    return <polygon {...common} points={`${cx},${cy - r - 2} ${cx - r},${cy + r - 1} ${cx + r},${cy + r - 1}`} />;
  }
  if (o.qualifier === 'approximately') {
    return <polygon {...common} points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} />;
  }
  return <circle {...common} cx={cx} cy={cy} r={r} />;
}

/**
 * Rings around the figures of the selected year, drawn over the points from the scales, so a new year redraws the
 * rings alone and never the points.
 */
export function SelectedYearRings({ points, year }: { points: readonly TradePoint[]; year: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const current = points.filter((p) => p.year === year);
  return (
    <ZIndexLayer zIndex={700}>
      <g className="trade-rings">
        {current.map((p) => {
          const cx = x(p.x);
          const top = y(p.y);
          const bottom = p.range ? y(p.range[0]) : top;
          if (cx == null || top == null || bottom == null) return null;
          return <rect key={p.id} x={cx - 12} y={top - 12} width={24} height={bottom - top + 24} rx={12} data-observation={p.id} />;
        })}
      </g>
    </ZIndexLayer>
  );
}
