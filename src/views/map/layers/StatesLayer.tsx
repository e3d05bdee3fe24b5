import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { svgOverlay, tooltip, type LatLngExpression, type LeafletMouseEvent } from 'leaflet';
import { useMap } from 'react-leaflet';
import { crossedIds, type Basemap } from '../../../data/geo';
import type { MapFeatures } from '../../../data/geo-features';
import { DEEPEST_ZOOM, projectedLand, type ProjectedLand } from '../../../data/geo-land';
import { entityStyle, mapStatus, MAP_PALETTE, OBSERVER_HATCH, OBSERVER_HATCH_ID } from '../../../data/geo-style';
import type { EntityId } from '../../../data/schema';
import { useDataset, useYear } from '../../../state/hooks';
import { useActions, useSelectedCorridorId, useSelectedStateId } from '../../../state/selectors';
import { PANE } from '../panes';
import type { Peek } from '../peek';
import { renderTooltip, stateTooltip } from '../tooltip-content';
import { applyPathStyle, landPath, overlaySvg, svgElement } from './overlay-svg';
import { raise } from './raise';
import { TOOLTIP_OPTIONS } from './tooltip-options';

interface StatesLayerProps {
  features: MapFeatures['states'];
  basemap: Basemap;
  online: boolean;
  /** A state whose button in the lists has the pointer or the focus: its tooltip opens at its anchor. */
  peek: Peek | null;
}

/** The shapes' own hatch: the page's (for the legend) is in screen pixels, these shapes are in the land's units. */
const SHAPES_HATCH_ID = `${OBSERVER_HATCH_ID}-shapes`;
const PAGE_HATCH = `url(#${OBSERVER_HATCH_ID})`;

interface StatesSvg {
  svg: SVGSVGElement;
  paths: ReadonlyMap<EntityId, SVGPathElement>;
  hatch: SVGPatternElement;
}

function statesSvg(land: ProjectedLand, features: MapFeatures['states']): StatesSvg {
  const svg = overlaySvg(land, 'map-states');
  const { size, stripe } = OBSERVER_HATCH;
  const hatch = svgElement('pattern', { id: SHAPES_HATCH_ID, width: String(size), height: String(size), patternUnits: 'userSpaceOnUse' });
  hatch.append(
    svgElement('rect', { width: String(size), height: String(size), fill: MAP_PALETTE.observer.fill }),
    svgElement('rect', { width: String(stripe), height: String(size), fill: MAP_PALETTE.observer.stripe }),
  );
  const defs = svgElement('defs');
  defs.append(hatch);
  svg.append(defs);
  const paths = new Map<EntityId, SVGPathElement>();
  for (const { properties } of features.features) {
    const d = land.countries[properties.country]?.d;
    if (!d) continue;
    const path = landPath(d, { class: 'map-state', 'fill-rule': 'evenodd', 'data-entity': properties.entityId });
    paths.set(properties.entityId, path);
    svg.append(path);
  }
  return { svg, paths, hatch };
}

/** The state whose shape an event's target is, if any. */
function entityOf(target: EventTarget | null): EntityId | null {
  return target instanceof Element ? (target.closest('path[data-entity]')?.getAttribute('data-entity') ?? null) : null;
}

/**
 * The dataset's entities, coloured and outlined by their status in the year; a click on one selects it, hovering one
 * shows its tooltip. Drawn like the land beneath them: one SVG over the basemap's window, made of the land's own
 * projected paths, which Leaflet scales as the map zooms (rather than Leaflet's vector layers, which would turn every
 * point into an object and project, clip and simplify them again at each zoom).
 *
 * The SVG takes no pointer events itself, only its shapes do: a click between them is a click on the map (the sea).
 * Its listeners are for the pointer alone: Chromium makes an SVG element that listens for focus a Tab stop, and the
 * lists below the map are the keyboard's way in.
 */
export const StatesLayer = memo(function StatesLayer({ features, basemap, online, peek }: StatesLayerProps) {
  const map = useMap();
  const dataset = useDataset();
  const year = useYear();
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const { stateSelected } = useActions();
  const shapes = useMemo(() => statesSvg(projectedLand(basemap.topology), features), [basemap.topology, features]);
  const crossed = useMemo(
    () => (corridorId ? crossedIds(dataset.corridors.find((c) => c.id === corridorId)) : null),
    [dataset, corridorId],
  );

  // Colours, outlines and status, in the layout phase so that no frame shows the shapes unstyled.
  useLayoutEffect(() => {
    for (const [id, path] of shapes.paths) {
      const entity = dataset.entities.find((e) => e.id === id);
      if (!entity) continue;
      const style = entityStyle(entity, year, { stateId, crossed }, online);
      applyPathStyle(path, style.fillColor === PAGE_HATCH ? { ...style, fillColor: `url(#${SHAPES_HATCH_ID})` } : style);
      path.setAttribute('data-status', mapStatus(entity, year));
    }
  }, [shapes, dataset, year, stateId, crossed, online]);

  useLayoutEffect(() => {
    const layer = svgOverlay(shapes.svg, basemap.window, { pane: PANE.states, interactive: true, bubblingMouseEvents: false });
    layer.on('click', (e: LeafletMouseEvent) => {
      const id = entityOf(e.originalEvent.target);
      if (id) stateSelected(id);
    });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, shapes, basemap.window, stateSelected]);

  // The hatch keeps its screen size at every zoom (the SVG it is in is scaled with the map).
  useLayoutEffect(() => {
    const fit = () => {
      const scale = 2 ** (DEEPEST_ZOOM - map.getZoom());
      shapes.hatch.setAttribute('patternTransform', `scale(${scale}) rotate(${OBSERVER_HATCH.angle})`);
    };
    fit();
    map.on('zoomend', fit);
    return () => {
      map.off('zoomend', fit);
    };
  }, [map, shapes]);

  // The selected state, or the states a selected corridor crosses, go on top so their outline is whole.
  useEffect(() => {
    if (!stateId && !crossed) return;
    raise([...shapes.paths.values()], (el) => {
      const id = el.getAttribute('data-entity') ?? '';
      return id === stateId || (crossed?.has(id) ?? false);
    });
  }, [shapes, stateId, crossed]);

  // One tooltip for the shapes: it names the state under the pointer (or peeked at from the lists) and follows the
  // pointer. It reads the dataset and year on screen when it opens, and follows them while it is open.
  const tip = useMemo(() => tooltip(TOOLTIP_OPTIONS), []);
  const shown = useRef<EntityId | null>(null);
  const current = useRef({ dataset, year });
  const fill = useCallback(() => {
    const { dataset: ds, year: y } = current.current;
    const entity = ds.entities.find((e) => e.id === shown.current);
    if (entity) tip.setContent(renderTooltip(stateTooltip(ds, entity, y)));
  }, [tip]);
  const open = useCallback(
    (id: EntityId, at: LatLngExpression) => {
      tip.setLatLng(at);
      if (shown.current !== id || !map.hasLayer(tip)) {
        shown.current = id;
        fill();
      }
      if (!map.hasLayer(tip)) map.openTooltip(tip);
    },
    [map, tip, fill],
  );
  const close = useCallback(() => {
    shown.current = null;
    map.closeTooltip(tip);
  }, [map, tip]);

  useEffect(() => {
    current.current = { dataset, year };
    if (shown.current) fill();
  }, [dataset, year, fill]);

  useEffect(() => {
    const { svg } = shapes;
    const over = (e: MouseEvent) => {
      const id = entityOf(e.target);
      if (id) open(id, map.mouseEventToLatLng(e));
    };
    const move = (e: MouseEvent) => {
      if (shown.current) tip.setLatLng(map.mouseEventToLatLng(e));
    };
    const out = (e: MouseEvent) => {
      if (!entityOf(e.relatedTarget)) close();
    };
    svg.addEventListener('mouseover', over);
    svg.addEventListener('mousemove', move);
    svg.addEventListener('mouseout', out);
    return () => {
      svg.removeEventListener('mouseover', over);
      svg.removeEventListener('mousemove', move);
      svg.removeEventListener('mouseout', out);
      close();
    };
  }, [map, shapes, tip, open, close]);

  useEffect(() => {
    if (peek?.kind !== 'state') return;
    const feature = features.features.find((f) => f.properties.entityId === peek.id);
    if (!feature) return;
    open(peek.id, feature.properties.anchor);
    return close;
  }, [peek, features, open, close]);

  return null;
});
