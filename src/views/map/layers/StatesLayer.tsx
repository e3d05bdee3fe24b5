import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { GeoJSON as LeafletGeoJSON, LeafletMouseEvent, Layer, Path, PathOptions } from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import { crossedIds } from '../../../data/geo';
import type { MapFeatures, StateFeatureProps } from '../../../data/geo-features';
import { entityStyle, mapStatus } from '../../../data/geo-style';
import type { Dataset } from '../../../data/schema';
import { useDataset, useYear } from '../../../state/hooks';
import { useActions, useSelectedCorridorId, useSelectedStateId } from '../../../state/selectors';
import { PANE } from '../panes';
import { renderTooltip, stateTooltip } from '../tooltip-content';
import { useIdentityKey } from '../useIdentityKey';
import { raiseLayers } from './raise';
import { TOOLTIP_OPTIONS } from './tooltip-options';

type StateFeature = Feature<Geometry, StateFeatureProps>;
type FeatureLayer = Path & { feature: StateFeature };

interface StatesLayerProps {
  features: MapFeatures['states'];
  online: boolean;
}

/** The dataset's entities, coloured and outlined by their status in the year; a click selects one. */
export const StatesLayer = memo(function StatesLayer({ features, online }: StatesLayerProps) {
  const dataset = useDataset();
  const year = useYear();
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const { stateSelected } = useActions();
  const key = useIdentityKey(features);
  const layerRef = useRef<LeafletGeoJSON | null>(null);
  // What the tooltips read when they open: always the dataset and year on screen.
  const current = useRef<{ dataset: Dataset; year: number }>({ dataset, year });

  const crossed = useMemo(
    () => (corridorId ? crossedIds(dataset.corridors.find((c) => c.id === corridorId)) : null),
    [dataset, corridorId],
  );
  // A new function restyles every shape in place (react-leaflet calls setStyle on the existing layers).
  const style = useCallback(
    (feature?: StateFeature): PathOptions => {
      const entity = dataset.entities.find((e) => e.id === feature?.properties.entityId);
      if (!entity) return {};
      return { ...entityStyle(entity, year, { stateId, crossed }, online), className: 'map-state' };
    },
    [dataset, year, stateId, crossed, online],
  );

  const onEachFeature = useCallback((feature: StateFeature, layer: Layer) => {
    layer.bindTooltip(() => {
      const { dataset: ds, year: y } = current.current;
      const entity = ds.entities.find((e) => e.id === feature.properties.entityId);
      return entity ? renderTooltip(stateTooltip(ds, entity, y)) : feature.properties.name;
    }, TOOLTIP_OPTIONS);
  }, []);

  const eventHandlers = useMemo(
    () => ({ click: (e: LeafletMouseEvent) => stateSelected((e.propagatedFrom as FeatureLayer).feature.properties.entityId) }),
    [stateSelected],
  );

  useEffect(() => {
    current.current = { dataset, year };
    // An open tooltip follows the year.
    layerRef.current?.eachLayer((layer) => {
      if (layer.isTooltipOpen()) layer.getTooltip()?.update();
    });
  }, [dataset, year]);

  // Names the shapes and their status in the page, for tests and tools. Leaflet's tooltip listens for focus on each
  // shape, and Chromium makes an SVG element with a focus listener a Tab stop: an unnamed one, 8 states and 28 corridor
  // lines long. tabindex -1 takes them out of the Tab order; the lists below the map are the keyboard's way in.
  useEffect(() => {
    layerRef.current?.eachLayer((layer) => {
      const { entityId } = (layer as FeatureLayer).feature.properties;
      const entity = dataset.entities.find((e) => e.id === entityId);
      const el = (layer as FeatureLayer).getElement();
      el?.setAttribute('data-entity', entityId);
      el?.setAttribute('tabindex', '-1');
      if (entity) el?.setAttribute('data-status', mapStatus(entity, year));
    });
  }, [key, dataset, year]);

  // The selected state, or the states a selected corridor crosses, go on top so their outline is whole.
  useEffect(() => {
    if (!stateId && !crossed) return;
    raiseLayers<FeatureLayer>(layerRef.current, ({ feature }) => {
      const { entityId } = feature.properties;
      return entityId === stateId || (crossed?.has(entityId) ?? false);
    });
  }, [key, stateId, crossed]);

  return (
    <GeoJSON
      key={key}
      ref={layerRef}
      data={features}
      style={style}
      onEachFeature={onEachFeature}
      eventHandlers={eventHandlers}
      bubblingMouseEvents={false}
      pane={PANE.states}
    />
  );
});
