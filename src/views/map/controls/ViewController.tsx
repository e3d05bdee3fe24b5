import { useCallback, useEffect, useRef } from 'react';
import { latLngBounds, type PointTuple } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Bounds, CorridorRoute } from '../../../data/geo';
import type { EntityId } from '../../../data/schema';
import { useSelectedCorridorId, useSelectedStateId } from '../../../state/selectors';

export const FIT_PADDING: PointTuple = [12, 12];
/** Room around a selected corridor or state, so that its end points do not sit on the map's edge. */
const FEATURE_PADDING: PointTuple = [40, 40];
/** Zoom limits for fitting to a corridor or a state: the 1:50m shapes get coarse beyond this. */
const FEATURE_MAX_ZOOM = 7;

function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.flat().every((value, i) => value === b.flat()[i]);
}

/** What the view is for: fitted to something (kept fitted when the map resizes), or where the user moved it. */
type Intent = { kind: 'fit'; bounds: Bounds; maxZoom: number | undefined } | { kind: 'user' };

interface ViewControllerProps {
  region: Bounds;
  /** The bounds the map was created fitted to: the dataset's region, or the basemap's when the dataset came later. */
  openedAt: Bounds;
  window: Bounds;
  routes: ReadonlyMap<string, CorridorRoute>;
  stateBounds: ReadonlyMap<EntityId, Bounds>;
  reduced: boolean;
}

/**
 * Keeps the view right: zoom bounded so the map never shows beyond its shapes, fitted to the region (or the selected
 * corridor), refitted when the container is resized unless the user has moved the map, in which case its centre stays.
 */
export function ViewController({ region, openedAt, window, routes, stateBounds, reduced }: ViewControllerProps) {
  const map = useMap();
  const corridorId = useSelectedCorridorId();
  const stateId = useSelectedStateId();
  const corridorBounds = corridorId ? (routes.get(corridorId)?.bounds ?? null) : null;
  // The map is created fitted to a region; a corridor selected by the link (or a dataset whose region is not the one the
  // map opened at) is fitted to on mount, below.
  const intent = useRef<Intent>({ kind: 'fit', bounds: region, maxZoom: undefined });
  const programmatic = useRef(false);
  const shown = useRef<{ corridorBounds: Bounds | null; region: Bounds } | null>(null);

  /** Fits to a region (no zoom limit) or to a feature (with one, and more room around it). */
  const fit = useCallback(
    (bounds: Bounds, animate: boolean, maxZoom?: number) => {
      intent.current = { kind: 'fit', bounds, maxZoom };
      programmatic.current = true;
      map.fitBounds(bounds, maxZoom != null ? { padding: FEATURE_PADDING, maxZoom, animate } : { padding: FIT_PADDING, animate });
    },
    [map],
  );

  useEffect(() => {
    const updateMinZoom = () => {
      const size = map.getSize();
      if (size.x === 0 || size.y === 0) return;
      // The smallest zoom at which the view still lies inside the basemap's window (computed free of the old limit).
      map.setMinZoom(0);
      map.setMinZoom(map.getBoundsZoom(window, true));
    };
    const onResize = () => {
      updateMinZoom();
      const current = intent.current;
      if (current.kind === 'fit') fit(current.bounds, false, current.maxZoom);
    };
    const onMoveStart = () => {
      if (!programmatic.current) intent.current = { kind: 'user' };
    };
    const onMoveEnd = () => {
      programmatic.current = false;
    };
    updateMinZoom();
    map.on('resize', onResize);
    map.on('movestart zoomstart', onMoveStart);
    map.on('moveend', onMoveEnd);
    // Layout changes that are not window resizes (the grid reflowing) resize the map too.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => map.invalidateSize({ animate: false })) : null;
    observer?.observe(map.getContainer());
    return () => {
      observer?.disconnect();
      map.off('resize', onResize);
      map.off('movestart zoomstart', onMoveStart);
      map.off('moveend', onMoveEnd);
    };
  }, [map, window, fit]);

  // A selected corridor is fitted to; when it is cleared, the region comes back unless the user has moved the map.
  useEffect(() => {
    const before = shown.current ?? { corridorBounds: null, region: sameBounds(openedAt, region) ? region : openedAt };
    // Not animated on mount: the map appears fitted.
    const animate = !reduced && shown.current != null;
    shown.current = { corridorBounds, region };
    if (before.corridorBounds === corridorBounds && before.region === region) return;
    if (corridorBounds) fit(corridorBounds, animate, FEATURE_MAX_ZOOM);
    else if (intent.current.kind === 'fit') fit(region, animate);
  }, [corridorBounds, region, openedAt, fit, reduced]);

  // A state selected elsewhere that is out of view is brought into it.
  useEffect(() => {
    const bounds = stateId ? stateBounds.get(stateId) : undefined;
    if (bounds && !map.getBounds().intersects(latLngBounds(bounds))) fit(bounds, !reduced, FEATURE_MAX_ZOOM - 1);
  }, [map, stateId, stateBounds, fit, reduced]);

  return null;
}
