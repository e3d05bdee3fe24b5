import { useEffect } from 'react';

/** Set when the map's shapes (the land) are first on screen: the same shapes the benchmark's bare page draws. */
export const MAP_DRAWN_MARK = 'ots:map-drawn';
/** Set when the layers drawn from the dataset (states by status, corridors, markers) are first on screen. */
export const MAP_DATA_DRAWN_MARK = 'ots:map-data-drawn';

/** Rendered after the layers it stands for: its effect runs once they have been added to the map. */
export function DrawnMark({ mark }: { mark: string }) {
  useEffect(() => {
    if (performance.getEntriesByName(mark).length > 0) return;
    // The frame that paints the shapes.
    const frame = requestAnimationFrame(() => performance.mark(mark));
    return () => cancelAnimationFrame(frame);
  }, [mark]);
  return null;
}
