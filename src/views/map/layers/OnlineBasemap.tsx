import { useMemo } from 'react';
import { TileLayer } from 'react-leaflet';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** OpenStreetMap's tiles under the shapes, only when the user switches them on. */
export function OnlineBasemap({ onTileError }: { onTileError: () => void }) {
  const handlers = useMemo(() => ({ tileerror: onTileError }), [onTileError]);
  return <TileLayer url={OSM_TILE_URL} attribution={OSM_ATTRIBUTION} maxNativeZoom={19} eventHandlers={handlers} />;
}
