import { useEffect } from 'react';
import type { Layer, Path } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Peek } from '../peek';

type Tagged = Path & { feature?: { properties?: { entityId?: string; corridorId?: string; part?: string; anchor?: [number, number] } } };

function find(layer: Layer, peek: Peek): [number, number] | null {
  const props = (layer as Tagged).feature?.properties;
  if (!props?.anchor || !layer.getTooltip()) return null;
  const matches = peek.kind === 'state' ? props.entityId === peek.id : props.corridorId === peek.id && props.part === 'hit';
  return matches ? props.anchor : null;
}

/** Opens the tooltip of the state or corridor whose button in the lists has the pointer or the keyboard focus. */
export function PeekTooltip({ peek }: { peek: Peek | null }) {
  const map = useMap();
  useEffect(() => {
    if (!peek) return;
    const layers: Layer[] = [];
    map.eachLayer((layer) => void layers.push(layer));
    const found = layers.map((layer) => ({ layer, anchor: find(layer, peek) })).find((l) => l.anchor != null);
    if (found?.anchor) found.layer.openTooltip(found.anchor);
    return () => {
      found?.layer.closeTooltip();
    };
  }, [map, peek]);
  return null;
}
