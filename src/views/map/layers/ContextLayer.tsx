import { memo, useEffect, useMemo } from 'react';
import { svgOverlay } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Basemap } from '../../../data/geo';
import { projectedLand, type ProjectedLand } from '../../../data/geo-land';
import { contextStyle } from '../../../data/geo-style';
import { applyPathStyle, landPath, overlaySvg, svgElement } from './overlay-svg';
import { PANE } from '../panes';

interface ContextLayerProps {
  basemap: Basemap;
  online: boolean;
}

/** The land's SVG: a path per country in one group, which carries the style. */
function landSvg(land: ProjectedLand): { svg: SVGSVGElement; group: SVGGElement } {
  const svg = overlaySvg(land, 'map-land');
  const group = svgElement('g', { 'fill-rule': 'evenodd' });
  for (const { name, d } of land.countries) group.append(landPath(d, { 'data-country': name }));
  svg.append(group);
  return { svg, group };
}

/**
 * The land: every country of the basemap, neutral grey, beneath the entities' shapes. Drawn as one SVG laid over the
 * basemap's window (its paths are projected once, see data/geo-land.ts), which Leaflet scales as the map zooms; its
 * borders keep their width at every zoom. Not selectable: a click on a country outside the dataset is a click on the
 * map.
 *
 * The SVG is made here rather than rendered by React into a portal: React listens for focus events on a portal's
 * container, and Chromium makes an SVG element with focus listeners a Tab stop.
 */
export const ContextLayer = memo(function ContextLayer({ basemap, online }: ContextLayerProps) {
  const map = useMap();
  const land = useMemo(() => landSvg(projectedLand(basemap.topology)), [basemap.topology]);

  useEffect(() => {
    const layer = svgOverlay(land.svg, basemap.window, { pane: PANE.context, interactive: false }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, land, basemap.window]);

  // Styled before the first paint too: effects run in order, after the layer is added.
  useEffect(() => applyPathStyle(land.group, contextStyle(online)), [land, online]);
  return null;
});
