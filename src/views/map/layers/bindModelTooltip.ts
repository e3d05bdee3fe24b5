import type { Layer, LeafletEvent, TooltipOptions } from 'leaflet';
import { renderTooltip, type TooltipModel } from '../tooltip-content';
import { MARKER_TOOLTIP_OPTIONS } from './tooltip-options';

/**
 * Event handlers that bind a tooltip to a marker when it is added, reading its model when it opens. (Markers do not
 * pass their clicks on to the map, so a click on one is not taken for a click on the sea.) Circle markers are kept out
 * of the Tab order.
 */
export function tooltipHandlers(model: () => TooltipModel, options: TooltipOptions = MARKER_TOOLTIP_OPTIONS) {
  return {
    add: (e: LeafletEvent) => {
      const layer = e.target as Layer & { getElement?: () => Element | undefined };
      layer.bindTooltip(() => renderTooltip(model()), options);
      // The tooltip listens for focus, which makes an SVG marker a Tab stop in Chromium; the lists are the way in.
      const el = layer.getElement?.();
      if (el instanceof SVGElement) el.setAttribute('tabindex', '-1');
    },
  };
}
