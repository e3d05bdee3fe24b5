import { memo, useEffect, useMemo } from 'react';
import { svgOverlay } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Basemap } from '../../../data/geo';
import { projectLand, type ProjectedLand } from '../../../data/geo-land';
import { contextStyle, type PathStyle } from '../../../data/geo-style';
import { PANE } from '../panes';

interface ContextLayerProps {
  basemap: Basemap;
  online: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The land's SVG: a path per country in one group, which carries the style. */
function landSvg({ width, height, countries }: ProjectedLand): { svg: SVGSVGElement; group: SVGGElement } {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'map-land');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('fill-rule', 'evenodd');
  group.setAttribute('stroke-linejoin', 'round');
  for (const { name, d } of countries) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('data-country', name);
    // An attribute, not a class rule, so that copies of the map (its PNG export) keep it.
    path.setAttribute('vector-effect', 'non-scaling-stroke');
    group.append(path);
  }
  svg.append(group);
  return { svg, group };
}

function applyStyle(group: SVGGElement, style: PathStyle) {
  group.setAttribute('fill', style.fill && style.fillColor ? style.fillColor : 'none');
  group.setAttribute('fill-opacity', String(style.fillOpacity ?? 1));
  group.setAttribute('stroke', style.stroke && style.color ? style.color : 'none');
  group.setAttribute('stroke-width', String(style.weight ?? 1));
  group.setAttribute('stroke-opacity', String(style.opacity ?? 1));
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
  const land = useMemo(() => landSvg(projectLand(basemap.topology)), [basemap.topology]);

  useEffect(() => {
    const layer = svgOverlay(land.svg, basemap.window, { pane: PANE.context, interactive: false }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, land, basemap.window]);

  // Styled before the first paint too: effects run in order, after the layer is added.
  useEffect(() => applyStyle(land.group, contextStyle(online)), [land, online]);
  return null;
});
