import type { Layer, LeafletEvent, TooltipOptions } from 'leaflet';
import { renderTooltip, type TooltipModel } from '../tooltip-content';
import { MARKER_TOOLTIP_OPTIONS } from './tooltip-options';

/**
 * Event handlers that bind a tooltip to a marker when it is added, reading its model when it opens. (Markers do not
 * pass their clicks on to the map, so a click on one is not taken for a click on the sea.)
 */
export function tooltipHandlers(model: () => TooltipModel, options: TooltipOptions = MARKER_TOOLTIP_OPTIONS) {
  return {
    add: (e: LeafletEvent) => {
      (e.target as Layer).bindTooltip(() => renderTooltip(model()), options);
    },
  };
}
