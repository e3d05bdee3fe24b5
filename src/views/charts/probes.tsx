/**
 * Small components placed inside a chart to read what Recharts knows (its size, scales, the tooltip's year) into refs
 * or callbacks, without re-rendering the chart.
 */
import { useEffect, type RefObject } from 'react';
import { useActiveTooltipLabel, usePlotArea, useXAxisInverseDataSnapScale, type InverseScaleFunction, type PlotArea } from 'recharts';

/** Tells the panel once the chart has drawn (Recharts draws its children only once it has a size). */
export function DrawnProbe({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => onDrawn(), [onDrawn]);
  return null;
}

/** Keeps the year under the tooltip in a ref, for choosing it with the keyboard. */
export function ActiveLabelProbe({ targetRef }: { targetRef: RefObject<number | null> }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    const year = Number(label);
    targetRef.current = label == null || !Number.isFinite(year) ? null : year;
  }, [label, targetRef]);
  return null;
}

export interface XAxisReader {
  invert: InverseScaleFunction;
  plot: PlotArea;
}

/** Keeps the x axis's pixel-to-year function and the plot area in a ref, to read a click's year at the click itself. */
export function XAxisProbe({ targetRef }: { targetRef: RefObject<XAxisReader | null> }) {
  const invert = useXAxisInverseDataSnapScale();
  const plot = usePlotArea();
  useEffect(() => {
    targetRef.current = invert && plot ? { invert, plot } : null;
  }, [invert, plot, targetRef]);
  return null;
}

/**
 * The year of the data point nearest a pointer position over the chart's surface, or null outside the plot's width.
 * Read from the event itself, so a click never takes the year of an earlier pointer position.
 */
export function yearAt(reader: XAxisReader | null, surface: Element | null, clientX: number): number | null {
  if (!reader || !surface) return null;
  const x = clientX - surface.getBoundingClientRect().left;
  if (x < reader.plot.x - 4 || x > reader.plot.x + reader.plot.width + 4) return null;
  const year = Number(reader.invert(x));
  return Number.isInteger(year) ? year : null;
}
