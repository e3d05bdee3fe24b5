import { memo, useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { Basemap } from '../../../data/geo';
import { contextStyle } from '../../../data/geo-style';
import { PANE } from '../panes';
import { useIdentityKey } from '../useIdentityKey';

interface ContextLayerProps {
  features: Basemap['land'];
  online: boolean;
}

/**
 * The land: neutral grey, beneath the entities' shapes; not selectable, so a click on a country outside the dataset
 * is a click on the map.
 */
export const ContextLayer = memo(function ContextLayer({ features, online }: ContextLayerProps) {
  const key = useIdentityKey(features);
  // A new style object restyles the layer in place (react-leaflet calls setStyle); the data is read once.
  const style = useMemo(() => ({ ...contextStyle(online), interactive: false }), [online]);
  return <GeoJSON key={key} data={features} style={style} pane={PANE.context} interactive={false} />;
});
