import { useEffect } from 'react';
import type { Tooltip, TooltipEvent } from 'leaflet';
import { useMap } from 'react-leaflet';
import { placeTooltip } from '../layers/tooltip-options';

/**
 * Keeps every tooltip whole inside the map, which clips what overflows it: when one opens, and as one that follows
 * the pointer moves (after Leaflet has moved it).
 */
export function TooltipPlacement() {
  const map = useMap();
  useEffect(() => {
    let open: Tooltip | null = null;
    const onOpen = (e: TooltipEvent) => {
      open = e.tooltip;
      placeTooltip(map, e.tooltip);
    };
    const onClose = (e: TooltipEvent) => {
      if (open === e.tooltip) open = null;
    };
    const onMove = () => {
      if (open) placeTooltip(map, open);
    };
    const container = map.getContainer();
    map.on('tooltipopen', onOpen);
    map.on('tooltipclose', onClose);
    container.addEventListener('mousemove', onMove);
    return () => {
      map.off('tooltipopen', onOpen);
      map.off('tooltipclose', onClose);
      container.removeEventListener('mousemove', onMove);
    };
  }, [map]);
  return null;
}
