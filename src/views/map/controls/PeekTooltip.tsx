import { useEffect } from 'react';
import type { Layer, Path } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Peek } from '../peek';

type Tagged = Path & { feature?: { properties?: { corridorId?: string; part?: string; anchor?: [number, number] } } };

function find(layer: Layer, corridorId: string): [number, number] | null {
  const props = (layer as Tagged).feature?.properties;
  if (!props?.anchor || !layer.getTooltip()) return null;
  return props.corridorId === corridorId && props.part === 'hit' ? props.anchor : null;
}

/**
 * Opens the tooltip of the corridor whose button in the lists has the pointer or the keyboard focus. (The states'
 * layer opens its own: see StatesLayer.)
 */
export function PeekTooltip({ peek }: { peek: Peek | null }) {
  const map = useMap();
  useEffect(() => {
    if (peek?.kind !== 'corridor') return;
    const layers: Layer[] = [];
    map.eachLayer((layer) => void layers.push(layer));
    const found = layers.map((layer) => ({ layer, anchor: find(layer, peek.id) })).find((l) => l.anchor != null);
    if (found?.anchor) found.layer.openTooltip(found.anchor);
    return () => {
      found?.layer.closeTooltip();
    };
  }, [map, peek]);
  return null;
}
