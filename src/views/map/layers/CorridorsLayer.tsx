import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { GeoJSON as LeafletGeoJSON, Layer, LeafletMouseEvent, Path, PathOptions } from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import type { CorridorRoute } from '../../../data/geo';
import type { CorridorFeatureProps, MapFeatures } from '../../../data/geo-features';
import { corridorEmphasis, corridorStyle } from '../../../data/geo-style';
import type { Dataset } from '../../../data/schema';
import { useDataset } from '../../../state/hooks';
import { useActions, useSelectedCorridorId, useSelectedStateId } from '../../../state/selectors';
import { PANE } from '../panes';
import { corridorTooltip, renderTooltip } from '../tooltip-content';
import { useIdentityKey } from '../useIdentityKey';
import { raiseLayers } from './raise';
import { TOOLTIP_OPTIONS } from './tooltip-options';

type CorridorFeature = Feature<Geometry, CorridorFeatureProps>;
type FeatureLayer = Path & { feature: CorridorFeature };

interface CorridorsLayerProps {
  features: MapFeatures['corridors'];
  routes: ReadonlyMap<string, CorridorRoute>;
}

/**
 * The corridors: coloured by kind, dashed by status, with a broad band along approximate stretches. Each stretch is
 * drawn in four parts (band, white casing, line, and an invisible wide line that takes the pointer).
 */
export const CorridorsLayer = memo(function CorridorsLayer({ features, routes }: CorridorsLayerProps) {
  const dataset = useDataset();
  const corridorId = useSelectedCorridorId();
  const stateId = useSelectedStateId();
  const { corridorSelected } = useActions();
  const key = useIdentityKey(features);
  const layerRef = useRef<LeafletGeoJSON | null>(null);
  const current = useRef<{ dataset: Dataset; routes: ReadonlyMap<string, CorridorRoute> }>({ dataset, routes });

  const style = useCallback(
    (feature?: CorridorFeature): PathOptions => {
      const corridor = dataset.corridors.find((c) => c.id === feature?.properties.corridorId);
      if (!corridor || !feature) return {};
      const { part, approximate } = feature.properties;
      return {
        ...corridorStyle(corridor, part, approximate, corridorEmphasis(corridor, corridorId, stateId)),
        interactive: part === 'hit',
        className: `map-corridor map-corridor--${part}`,
      };
    },
    [dataset, corridorId, stateId],
  );

  const onEachFeature = useCallback((feature: CorridorFeature, layer: Layer) => {
    if (feature.properties.part !== 'hit') return;
    layer.bindTooltip(() => {
      const { dataset: ds, routes: r } = current.current;
      const corridor = ds.corridors.find((c) => c.id === feature.properties.corridorId);
      return corridor ? renderTooltip(corridorTooltip(ds, corridor, r.get(corridor.id)?.unplaced ?? [])) : '';
    }, TOOLTIP_OPTIONS);
  }, []);

  const eventHandlers = useMemo(
    () => ({ click: (e: LeafletMouseEvent) => corridorSelected((e.propagatedFrom as FeatureLayer).feature.properties.corridorId) }),
    [corridorSelected],
  );

  useEffect(() => {
    current.current = { dataset, routes };
  }, [dataset, routes]);

  useEffect(() => {
    layerRef.current?.eachLayer((layer) => {
      const { corridorId: id, part } = (layer as FeatureLayer).feature.properties;
      const el = (layer as FeatureLayer).getElement();
      el?.setAttribute('data-corridor', id);
      el?.setAttribute('data-part', part);
      // Not a Tab stop (see StatesLayer): the corridor list below the map is the keyboard's way in.
      el?.setAttribute('tabindex', '-1');
    });
  }, [key]);

  // The selected corridor's parts go on top, in drawing order, so no other line crosses over it.
  useEffect(() => {
    if (!corridorId) return;
    raiseLayers<FeatureLayer>(layerRef.current, ({ feature }) => feature.properties.corridorId === corridorId);
  }, [key, corridorId]);

  return (
    <GeoJSON
      key={key}
      ref={layerRef}
      data={features}
      style={style}
      onEachFeature={onEachFeature}
      eventHandlers={eventHandlers}
      bubblingMouseEvents={false}
      pane={PANE.corridors}
    />
  );
});
