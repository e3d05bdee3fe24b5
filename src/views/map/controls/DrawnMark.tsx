import { useEffect } from 'react';
import { afterPaint } from '../../../ui/after-paint';

/** Set when the land (the basemap, drawn before the dataset has arrived) is first on screen. */
export const LAND_DRAWN_MARK = 'ots:land-drawn';
/** Set when the whole map is first on screen: the land and the dataset's layers (states by status, corridors, places). */
export const MAP_DRAWN_MARK = 'ots:map-drawn';

/** Rendered after the layers it stands for: its effect runs once they have been added to the map. */
export function DrawnMark({ mark }: { mark: string }) {
  useEffect(() => {
    if (performance.getEntriesByName(mark).length > 0) return;
    // Once the frame that paints the shapes has been painted.
    return afterPaint(() => performance.mark(mark));
  }, [mark]);
  return null;
}
