import { memo, useMemo, useState } from 'react';
import type { LeafletEvent, Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import type { Basemap } from '../../data/geo';
import { mapFeatures } from '../../data/geo-features';
import { useDataset } from '../../state/hooks';
import { ContextLayer } from './layers/ContextLayer';
import { StatesLayer } from './layers/StatesLayer';
import { CorridorsLayer } from './layers/CorridorsLayer';
import { EntityLabels } from './layers/EntityLabels';
import { PlaceMarkers } from './layers/PlaceMarkers';
import { EventMarker } from './layers/EventMarker';
import { CorridorWaypoints } from './layers/CorridorWaypoints';
import { OnlineBasemap } from './layers/OnlineBasemap';
import { ViewController, FIT_PADDING } from './controls/ViewController';
import { MapBehaviour } from './controls/MapBehaviour';
import { PeekTooltip } from './controls/PeekTooltip';
import { TooltipPlacement } from './controls/TooltipPlacement';
import { DrawnMark } from './controls/DrawnMark';
import { MAP_PANES } from './panes';
import { prefersReducedMotion } from '../../ui/useReducedMotion';
import type { Peek } from './peek';

interface MapCanvasProps {
  basemap: Basemap;
  online: boolean;
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

/** The Leaflet map. Its props are read once; everything that changes is driven by the small children below. */
export const MapCanvas = memo(function MapCanvas({ basemap, online, peek, onTileError }: MapCanvasProps) {
  const dataset = useDataset();
  const features = useMemo(() => mapFeatures(dataset, basemap), [dataset, basemap]);
  // Read once, when the map is created. (A link to a corridor is then fitted to it by the ViewController.)
  const [initial] = useState(() => ({ bounds: dataset.region.bounds, reduced: prefersReducedMotion() }));

  return (
    <MapContainer
      className="map-view__map"
      bounds={initial.bounds}
      boundsOptions={{ padding: FIT_PADDING }}
      maxBounds={basemap.window}
      maxBoundsViscosity={1}
      maxZoom={8}
      zoomSnap={0.25}
      zoomDelta={0.5}
      wheelPxPerZoomLevel={120}
      zoomAnimation={!initial.reduced}
      fadeAnimation={!initial.reduced}
      markerZoomAnimation={!initial.reduced}
      whenReady={createPanes}
    >
      <ContextLayer features={features.land} online={online} />
      <StatesLayer features={features.states} online={online} />
      <CorridorsLayer features={features.corridors} routes={features.routes} />
      <EntityLabels labels={features.labels} />
      <PlaceMarkers />
      <CorridorWaypoints routes={features.routes} />
      <EventMarker />
      {online ? <OnlineBasemap onTileError={onTileError} /> : null}
      <ViewController region={dataset.region.bounds} window={basemap.window} routes={features.routes} stateBounds={features.stateBounds} reduced={initial.reduced} />
      <MapBehaviour source={basemap.source} />
      <PeekTooltip peek={peek} />
      <TooltipPlacement />
      <DrawnMark />
    </MapContainer>
  );
});
