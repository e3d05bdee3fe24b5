import { useContext } from 'react';
import { HighlightedSeries } from './gdp-highlight';

interface IsolatedDotProps {
  /** The series' id: its point is outlined when the series is highlighted. */
  id: string;
  /** Years with a value and no neighbour: a line or area cannot show them, so they are drawn as points. */
  years: readonly number[] | undefined;
  colour: string;
  /** Filled in by Recharts for each point. */
  cx?: number;
  cy?: number;
  payload?: { year?: number };
}

/** Draws a point only where a series has an isolated value; elsewhere the line or area shows it. */
export function IsolatedDot({ id, years, colour, cx, cy, payload }: IsolatedDotProps) {
  const highlighted = useContext(HighlightedSeries).has(id);
  if (cx == null || cy == null || payload?.year == null || !years?.includes(payload.year)) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={highlighted ? 7 : 5.5}
      fill={colour}
      stroke={highlighted ? '#14202b' : '#ffffff'}
      strokeWidth={2}
      className="chart-isolated-point"
      data-year={payload.year}
    />
  );
}
