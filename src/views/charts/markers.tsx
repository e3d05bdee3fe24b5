/**
 * Markers drawn from the chart's scales rather than registered with Recharts, so moving one (the selected year, the
 * selected event) re-renders only the marker, never the series or the axes.
 */
import { usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';

/** Above areas, lines and points; below the tooltip. */
const MARKER_Z = 1050;
/** A generous width per character of the 15px bold marker labels, to keep them inside the plot. */
const CHAR_WIDTH = 9.5;

/** The label, shortened with an ellipsis if it would not fit in `room` pixels. */
export function fitLabel(text: string, room: number): string {
  const max = Math.floor(room / CHAR_WIDTH);
  if (text.length <= max) return text;
  return max <= 1 ? '' : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface XMarkerProps {
  x: number;
  /** Its label: above the plot (row 0) or inside it at the top (row 1). */
  label: string;
  row: 0 | 1;
  kind: 'year' | 'event';
}

/** A vertical marker at a position on the x axis, labelled on the side with more room; nothing when off the axis. */
export function XMarker({ x, label, row, kind }: XMarkerProps) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const px = scale?.(x);
  if (!plot || px == null || px < plot.x - 0.5 || px > plot.x + plot.width + 0.5) return null;
  // Label on the side with more room, shortened if even that is too narrow; the full text is in the chart's key.
  const roomLeft = px - plot.x - 8;
  const roomRight = plot.x + plot.width - px - 8;
  const toLeft = roomLeft > roomRight;
  const text = fitLabel(label, Math.max(roomLeft, roomRight));
  return (
    <ZIndexLayer zIndex={MARKER_Z}>
      <g className={`chart-xmarker chart-xmarker--${kind}`} data-x={x}>
        <line x1={px} x2={px} y1={plot.y} y2={plot.y + plot.height} />
        <text
          x={px + (toLeft ? -6 : 6)}
          y={row === 0 ? plot.y - 9 : plot.y + 19}
          textAnchor={toLeft ? 'end' : 'start'}
          className={`chart-marker chart-marker--${kind}`}
        >
          {text}
        </text>
      </g>
    </ZIndexLayer>
  );
}

interface LineLabelProps {
  /** Filled in by Recharts: where the horizontal line runs. */
  viewBox?: { x?: number; y?: number; width?: number };
  text: string;
  /** Where along the line the label starts, as a share of the plot's width. */
  at: number;
}

/** A label above a horizontal reference line, placed along it where the points leave room. */
export function LineLabel({ viewBox, text, at }: LineLabelProps) {
  if (viewBox?.x == null || viewBox.y == null || viewBox.width == null) return null;
  return (
    <text x={viewBox.x + viewBox.width * at} y={viewBox.y - 6} className="claim-line-label">
      {text}
    </text>
  );
}

interface RegionLabelProps {
  /** Filled in by Recharts: the area's box. */
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
  lines: readonly string[];
}

/** A short label, one word group per line, centred in a reference area. */
export function RegionLabel({ viewBox, lines }: RegionLabelProps) {
  if (viewBox?.x == null || viewBox.y == null || viewBox.width == null || viewBox.height == null) return null;
  const cx = viewBox.x + viewBox.width / 2;
  const top = viewBox.y + viewBox.height / 2 - ((lines.length - 1) * 18) / 2;
  return (
    <text x={cx} y={top} textAnchor="middle" className="chart-region-label">
      {lines.map((line, i) => (
        <tspan key={line} x={cx} dy={i === 0 ? 0 : 18}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A short label along the top of a reference area, inside the plot. */
export function TopLabel({ viewBox, text }: { viewBox?: { x?: number; y?: number; width?: number }; text: string }) {
  if (viewBox?.x == null || viewBox.y == null || viewBox.width == null) return null;
  return (
    <text x={viewBox.x + viewBox.width / 2} y={viewBox.y + 16} textAnchor="middle" className="chart-region-label">
      {text}
    </text>
  );
}
