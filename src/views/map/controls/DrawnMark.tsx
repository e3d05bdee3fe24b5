import { useEffect } from 'react';
import { useReportDrawn } from '../../../ui/ready';

/** Set when the map's shapes are first on screen; the benchmark measures up to it. */
export const MAP_DRAWN_MARK = 'ots:map-drawn';

/** Rendered after the layers: its effect runs once they have been added to the map. */
export function DrawnMark() {
  useReportDrawn('map');
  useEffect(() => {
    if (performance.getEntriesByName(MAP_DRAWN_MARK).length > 0) return;
    // The frame that paints the shapes.
    const frame = requestAnimationFrame(() => performance.mark(MAP_DRAWN_MARK));
    return () => cancelAnimationFrame(frame);
  }, []);
  return null;
}
