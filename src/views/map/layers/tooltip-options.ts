import type { Map as LeafletMap, PointTuple, Tooltip, TooltipOptions } from 'leaflet';

/** Tooltips follow the pointer over shapes and lines, fully opaque for legibility on a projector. */
export const TOOLTIP_OPTIONS: TooltipOptions = { sticky: true, direction: 'top', offset: [0, -12], className: 'map-tooltip', opacity: 1 };

/** Tooltips of point markers sit beside the marker. */
export const MARKER_TOOLTIP_OPTIONS: TooltipOptions = { direction: 'right', offset: [10, 0], className: 'map-tooltip', opacity: 1 };

type Direction = 'top' | 'bottom' | 'left' | 'right';
const GAP = 12;
const OFFSET: Record<Direction, PointTuple> = { top: [0, -GAP], bottom: [0, GAP], left: [-GAP, 0], right: [GAP, 0] };

/**
 * Where a tooltip of this size fits inside the map (which clips what overflows it): above the point if there is
 * room, else below, else beside it on the roomier side.
 */
export function fittingDirection(point: { x: number; y: number }, map: { x: number; y: number }, tip: { x: number; y: number }): Direction {
  const fitsAcross = point.x >= tip.x / 2 && map.x - point.x >= tip.x / 2;
  if (fitsAcross && point.y >= tip.y + GAP) return 'top';
  if (fitsAcross && map.y - point.y >= tip.y + GAP) return 'bottom';
  return map.x - point.x >= point.x ? 'right' : 'left';
}

/** Turns an open tooltip to the side where it fits whole. */
export function placeTooltip(map: LeafletMap, tooltip: Tooltip): void {
  const el = tooltip.getElement();
  const at = tooltip.getLatLng();
  if (!el || !at) return;
  const direction = fittingDirection(map.latLngToContainerPoint(at), map.getSize(), { x: el.offsetWidth, y: el.offsetHeight });
  if (tooltip.options.direction === direction) return;
  tooltip.options.direction = direction;
  tooltip.options.offset = OFFSET[direction];
  tooltip.update();
}
