import { memo, useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { crossedIds, type Basemap } from '../../../data/geo';
import { inScope, statusInYear } from '../../../data/derive';
import type { MapFeatures } from '../../../data/geo-features';
import { DEEPEST_ZOOM, projectedLand, type ProjectedLand } from '../../../data/geo-land';
import { entityStyle, mapStatus, MAP_PALETTE, OBSERVER_HATCH, OBSERVER_HATCH_ID } from '../../../data/geo-style';
import type { EntityId } from '../../../data/schema';
import { useDataset, useYear } from '../../../state/hooks';
import { useActions, useScope, useSelectedCorridorId, useSelectedStateId } from '../../../state/selectors';
import { PANE } from '../panes';
import type { Peek } from '../peek';
import { renderTooltip, stateTooltip } from '../tooltip-content';
import { applyPathStyle, landPath, overlaySvg, svgElement } from './overlay-svg';
import { raise } from './raise';
import { useOverlayLayer } from './overlay-layer';

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

function statesSvg(land: ProjectedLand, states: MapFeatures['states']): StatesSvg {
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
  for (const { entityId, country } of states) {
    const d = land.countries[country]?.d;
    if (!d) continue;
    const path = landPath(d, { class: 'map-state', 'fill-rule': 'evenodd', 'data-entity': entityId });
    paths.set(entityId, path);
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
 * point into an object and project, clip and simplify them again at each zoom). See overlay-layer.ts for the pointer.
 */
export const StatesLayer = memo(function StatesLayer({ features, basemap, online, peek }: StatesLayerProps) {
  const map = useMap();
  const dataset = useDataset();
  const year = useYear();
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const scope = useScope();
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
      const style = entityStyle(entity, year, { stateId, crossed }, online, scope);
      applyPathStyle(path, style.fillColor === PAGE_HATCH ? { ...style, fillColor: `url(#${SHAPES_HATCH_ID})` } : style);
      path.setAttribute('data-status', mapStatus(entity, year));
      // Counted in the figures of the scope chosen: what the scope switch changes on the map.
      path.setAttribute('data-counted', String(inScope(statusInYear(entity, year), scope)));
    }
  }, [shapes, dataset, year, stateId, crossed, online, scope]);

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

  const tooltipFor = useCallback(
    (id: string) => {
      const entity = dataset.entities.find((e) => e.id === id);
      return entity ? renderTooltip(stateTooltip(dataset, entity, year)) : null;
    },
    [dataset, year],
  );
  const peeked = peek?.kind === 'state' ? features.find((f) => f.entityId === peek.id) : undefined;
  useOverlayLayer(map, {
    svg: shapes.svg,
    window: basemap.window,
    pane: PANE.states,
    idOf: entityOf,
    onClick: stateSelected,
    tooltipFor,
    peek: peeked ? { id: peeked.entityId, at: peeked.anchor } : null,
  });

  return null;
});
