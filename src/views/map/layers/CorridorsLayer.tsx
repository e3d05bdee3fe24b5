import { memo, useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Basemap, CorridorRoute } from '../../../data/geo';
import type { CorridorFeatureProps, MapFeatures } from '../../../data/geo-features';
import { linePath, projectedLand } from '../../../data/geo-land';
import { corridorEmphasis, corridorStyle } from '../../../data/geo-style';
import { corridorStatuses, partLook, partOf } from '../../../data/corridor-status';
import { useDataset, useYear } from '../../../state/hooks';
import { useActions, useSelectedCorridorId, useSelectedStateId } from '../../../state/selectors';
import { PANE } from '../panes';
import type { Peek } from '../peek';
import { corridorTooltip, renderTooltip } from '../tooltip-content';
import { useOverlayLayer } from './overlay-layer';
import { applyPathStyle, landPath, overlaySvg } from './overlay-svg';
import { raise } from './raise';

interface CorridorsLayerProps {
  features: MapFeatures['corridors'];
  routes: ReadonlyMap<string, CorridorRoute>;
  basemap: Basemap;
  /** A corridor whose button in the lists has the pointer or the focus: its tooltip opens on its route. */
  peek: Peek | null;
}

interface CorridorsSvg {
  svg: SVGSVGElement;
  paths: readonly { path: SVGPathElement; props: CorridorFeatureProps }[];
}

/** Each stretch's parts, bottom to top in the order of the features (all bands, then casings, lines, pointer targets). */
function corridorsSvg(basemap: Basemap, features: MapFeatures['corridors']): CorridorsSvg {
  const svg = overlaySvg(projectedLand(basemap.topology), 'map-corridors');
  const paths = features.features.map(({ geometry, properties: props }) => {
    const d = linePath(basemap.window, geometry.coordinates.map(([lon = 0, lat = 0]) => [lat, lon] as const));
    const path = landPath(d, { class: `map-corridor map-corridor--${props.part}`, fill: 'none', 'data-corridor': props.corridorId, 'data-part': props.part });
    svg.append(path);
    return { path, props };
  });
  return { svg, paths };
}

/** The corridor whose pointer target an event's target is, if any. */
function corridorOf(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest('path[data-part="hit"]')?.getAttribute('data-corridor') ?? null) : null;
}

/**
 * The corridors: coloured by kind, dashed by status, with a broad band along approximate stretches. Each stretch is
 * drawn in four parts (band, white casing, line, and an invisible wide line that takes the pointer), as one SVG over
 * the basemap's window like the states (see overlay-layer.ts); their widths and dashes are in screen pixels.
 */
export const CorridorsLayer = memo(function CorridorsLayer({ features, routes, basemap, peek }: CorridorsLayerProps) {
  const map = useMap();
  const dataset = useDataset();
  const year = useYear();
  const corridorId = useSelectedCorridorId();
  const stateId = useSelectedStateId();
  const { corridorSelected } = useActions();
  const lines = useMemo(() => corridorsSvg(basemap, features), [basemap, features]);

  // Each stretch is drawn by its own status in the year (corridor-status.ts), the same status the key, lists and
  // tooltips give.
  useLayoutEffect(() => {
    const statuses = corridorStatuses(dataset, year);
    for (const { path, props } of lines.paths) {
      const corridor = dataset.corridors.find((c) => c.id === props.corridorId);
      const state = statuses.get(props.corridorId);
      const part = state ? partOf(state, props.stretch) : undefined;
      if (!corridor || !part) continue;
      const look = partLook(part);
      path.setAttribute('data-status', look);
      applyPathStyle(path, corridorStyle(corridor.kind, look, props.part, props.approximate, corridorEmphasis(corridor, corridorId, stateId)));
    }
  }, [lines, dataset, year, corridorId, stateId]);

  // The selected corridor's parts go on top, in drawing order, so no other line crosses over it.
  useEffect(() => {
    if (!corridorId) return;
    raise(
      lines.paths.map(({ path }) => path),
      (el) => el.getAttribute('data-corridor') === corridorId,
    );
  }, [lines, corridorId]);

  const tooltipFor = useCallback(
    (id: string) => {
      const corridor = dataset.corridors.find((c) => c.id === id);
      return corridor ? renderTooltip(corridorTooltip(dataset, corridor, routes.get(id)?.unplaced ?? [], year)) : null;
    },
    [dataset, routes, year],
  );
  const peeked = peek?.kind === 'corridor' ? features.features.find((f) => f.properties.corridorId === peek.id) : undefined;
  useOverlayLayer(map, {
    svg: lines.svg,
    window: basemap.window,
    pane: PANE.corridors,
    idOf: corridorOf,
    onClick: corridorSelected,
    tooltipFor,
    peek: peeked ? { id: peeked.properties.corridorId, at: peeked.properties.anchor } : null,
  });

  return null;
});
