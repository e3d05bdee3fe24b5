import { memo, useState } from 'react';
import type { LeafletEvent, Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import type { Basemap } from '../../data/geo';
import { DEEPEST_ZOOM } from '../../data/geo-land';
import type { Dataset } from '../../data/schema';
import { ContextLayer } from './layers/ContextLayer';
import { DataLayers } from './layers/DataLayers';
import { OnlineBasemap } from './layers/OnlineBasemap';
import { FIT_PADDING } from './controls/ViewController';
import { MapBehaviour } from './controls/MapBehaviour';
import { DrawnMark, LAND_DRAWN_MARK } from './controls/DrawnMark';
import { MAP_PANES } from './panes';
import { prefersReducedMotion } from '../../ui/useReducedMotion';
import type { Peek } from './peek';

interface MapCanvasProps {
  basemap: Basemap;
  /** Undefined while the dataset loads (or when it failed): the land alone is drawn. */
  dataset: Dataset | undefined;
  online: boolean;
  /** The selected state's trade flows are drawn. */
  flows: boolean;
  peek: Peek | null;
  onTileError: () => void;
}

/** Creates the map's panes before any layer is added (whenReady runs as soon as the first view is set). */
function createPanes(event?: LeafletEvent) {
  const map = event?.target as LeafletMap | undefined;
  if (!map) return;
  for (const { name, zIndex, decorative } of MAP_PANES) {
    const pane = map.getPane(name) ?? map.createPane(name);
    pane.style.zIndex = String(zIndex);
    if (decorative) pane.setAttribute('aria-hidden', 'true');
  }
}

/**
 * The Leaflet map. Its props are read once; everything that changes is driven by the small children below. The map and
 * its land are created from the basemap alone, so they are on screen before the dataset has arrived; the layers drawn
 * from the dataset join them without the map being made again.
 */
export const MapCanvas = memo(function MapCanvas({ basemap, dataset, online, flows, peek, onTileError }: MapCanvasProps) {
  // Read once, when the map is created: the dataset's region if it is here, else the region the basemap was made for.
  const [initial] = useState(() => ({ bounds: dataset?.region.bounds ?? basemap.region, reduced: prefersReducedMotion() }));

  return (
    <MapContainer
      className="map-view__map"
      bounds={initial.bounds}
      boundsOptions={{ padding: FIT_PADDING }}
      maxBounds={basemap.window}
      maxBoundsViscosity={1}
      maxZoom={DEEPEST_ZOOM}
      zoomSnap={0.25}
      zoomDelta={0.5}
      wheelPxPerZoomLevel={120}
      zoomAnimation={!initial.reduced}
      fadeAnimation={!initial.reduced}
      markerZoomAnimation={!initial.reduced}
      whenReady={createPanes}
    >
      <ContextLayer basemap={basemap} online={online} />
      <DrawnMark mark={LAND_DRAWN_MARK} />
      {dataset ? <DataLayers dataset={dataset} basemap={basemap} openedAt={initial.bounds} reduced={initial.reduced} online={online} flows={flows} peek={peek} /> : null}
      {online ? <OnlineBasemap onTileError={onTileError} /> : null}
      <MapBehaviour source={basemap.source} />
    </MapContainer>
  );
});
