import { useMemo } from 'react';
import type { Basemap, Bounds } from '../../../data/geo';
import { mapFeatures } from '../../../data/geo-features';
import type { Dataset } from '../../../data/schema';
import { useYear } from '../../../state/hooks';
import { useReportDrawn } from '../../../ui/ready';
import { StatesLayer } from './StatesLayer';
import { CorridorsLayer } from './CorridorsLayer';
import { EntityLabels } from './EntityLabels';
import { PlaceMarkers } from './PlaceMarkers';
import { EventMarker } from './EventMarker';
import { CorridorWaypoints } from './CorridorWaypoints';
import { ViewController } from '../controls/ViewController';
import { MapLabel } from '../controls/MapBehaviour';
import { TooltipPlacement } from '../controls/TooltipPlacement';
import { DrawnMark, MAP_DRAWN_MARK } from '../controls/DrawnMark';
import type { Peek } from '../peek';
import { useFlowsModel } from '../MapFlows';
import { TradeFlowsLayer } from './TradeFlowsLayer';

interface DataLayersProps {
  dataset: Dataset;
  basemap: Basemap;
  /** The bounds the map was created with (before the dataset may have arrived). */
  openedAt: Bounds;
  reduced: boolean;
  online: boolean;
  flows: boolean;
  peek: Peek | null;
}

/** What the dataset puts on the map, over the land: states by status, corridors, labels, places, and the view's rules. */
export function DataLayers({ dataset, basemap, openedAt, reduced, online, flows, peek }: DataLayersProps) {
  const features = useMemo(() => mapFeatures(dataset, basemap), [dataset, basemap]);
  return (
    <>
      <StatesLayer features={features.states} basemap={basemap} online={online} peek={peek} />
      <CorridorsLayer features={features.corridors} routes={features.routes} basemap={basemap} peek={peek} />
      {flows ? <FlowsFromStore /> : null}
      <EntityLabels labels={features.labels} />
      <PlaceMarkers />
      <CorridorWaypoints routes={features.routes} />
      <EventMarker />
      <ViewController region={dataset.region.bounds} openedAt={openedAt} window={basemap.window} routes={features.routes} stateBounds={features.stateBounds} reduced={reduced} />
      <MapLabel year={useYear()} />
      <TooltipPlacement />
      <DrawnMark mark={MAP_DRAWN_MARK} />
      <MapDrawn />
    </>
  );
}

/** Rendered after the layers: the map reports drawn (for `ots:ready`) once they are on it. */
function MapDrawn() {
  useReportDrawn('map');
  return null;
}

/** The selected state's flows in the chosen year. */
function FlowsFromStore() {
  return <TradeFlowsLayer model={useFlowsModel()} />;
}
