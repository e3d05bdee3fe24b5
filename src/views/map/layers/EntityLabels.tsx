import { memo, useEffect, useMemo } from 'react';
import { divIcon, type Marker as LeafletMarker } from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import type { EntityLabel } from '../../../data/geo-features';
import { useSelectedStateId } from '../../../state/selectors';
import { PANE } from '../panes';
import { namesByClaim, placeLabels, type Box, type Label } from '../label-placement';

/** A capital's name, beside its dot (the dot is drawn by PlaceMarkers): a dot without a name read as its neighbour's. */
function capitalIcon(entity: EntityLabel['entity']) {
  const html = document.createElement('span');
  html.className = `map-label__text ${CAPITAL_CLASS}`;
  html.textContent = entity.capital.name;
  return divIcon({ html, className: 'map-label', iconSize: [0, 0] });
}

/** Longest name written on the map; a longer one is cut (the lists, the tooltip and the details show it whole). */
const MAX_LABEL = 28;
export const mapLabelText = (name: string) => (name.length <= MAX_LABEL ? name : `${name.slice(0, MAX_LABEL - 1).trimEnd()}…`);

function labelIcon({ entity, small }: EntityLabel) {
  const html = document.createElement('span');
  html.className = `map-label__text${small ? ' map-label__text--beside' : ''}`;
  html.textContent = mapLabelText(entity.name);
  if (entity.recognition) {
    const note = document.createElement('span');
    note.className = 'map-label__note';
    note.textContent = 'recognition contested';
    html.append(note);
  }
  return divIcon({ html, className: 'map-label', iconSize: [0, 0] });
}

/** The markers' boxes that names should keep off: capitals and chokepoints (not the selected event's, which comes and goes). */
const MARKERS = '.leaflet-interactive:not(.map-event)';

/** How far a name has been moved from its own place; read back so its own place can be measured again. */
const SHIFT = new WeakMap<HTMLElement, { dx: number; dy: number }>();
const NOT_MOVED = { dx: 0, dy: 0 };
const CAPITAL_CLASS = 'map-label__text--capital';

/** The dot a capital's name stands beside: the one nearest the left middle of its own place. */
function nearestDot(dots: readonly Box[], name: Box): Box | undefined {
  const x = name.left;
  const y = (name.top + name.bottom) / 2;
  const distance = (d: Box) => Math.hypot((d.left + d.right) / 2 - x, (d.top + d.bottom) / 2 - y);
  return [...dots].sort((a, b) => distance(a) - distance(b))[0];
}

/** Measures the names (each at its own place), places them clear of each other and of the markers, and moves or hides them. */
function placeNames(map: ReturnType<typeof useMap>, texts: readonly HTMLElement[]) {
  const frame = map.getContainer().getBoundingClientRect();
  // A map not laid out (hidden, or in a test's DOM) has no room to share out: left as it is until it is resized.
  if (frame.width === 0 || frame.height === 0) return;
  const markers: Box[] = [...(map.getPane(PANE.places)?.querySelectorAll(MARKERS) ?? [])].map((el) => el.getBoundingClientRect());
  const own = texts.map((text): Label => {
    const r = text.getBoundingClientRect();
    const { dx, dy } = SHIFT.get(text) ?? NOT_MOVED;
    const box = { left: r.left - dx, right: r.right - dx, top: r.top - dy, bottom: r.bottom - dy };
    return text.classList.contains(CAPITAL_CLASS) ? { ...box, point: nearestDot(markers, box) } : box;
  });
  const placements = placeLabels(own, markers, frame);
  texts.forEach((text, i) => {
    const placement = placements[i];
    const shift = placement?.shown ? { dx: placement.dx, dy: placement.dy } : NOT_MOVED;
    const was = SHIFT.get(text) ?? NOT_MOVED;
    if (was.dx !== shift.dx || was.dy !== shift.dy) {
      SHIFT.set(text, shift);
      text.style.marginTop = shift.dy ? `${shift.dy}px` : '';
      text.style.marginLeft = shift.dx ? `${shift.dx}px` : '';
    }
    text.classList.toggle('map-label__text--hidden', placement?.shown === false);
  });
}

/**
 * Keeps the names clear of each other on every zoom and resize, in a frame callback (where the frame's layout is
 * due anyway). `order` is the names' ids, first claim first.
 */
function useNamePlacement(markers: ReadonlyMap<string, LeafletMarker>, order: readonly string[]) {
  const map = useMap();
  useEffect(() => {
    let frame = 0;
    const place = () => {
      frame = 0;
      const texts = order
        .map((id) => markers.get(id)?.getElement()?.firstElementChild)
        .filter((el): el is HTMLElement => el instanceof HTMLElement);
      placeNames(map, texts);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    schedule();
    map.on('zoomend resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      map.off('zoomend resize', schedule);
    };
  }, [map, markers, order]);
}

const capitalKey = (entityId: string) => `capital:${entityId}`;

/**
 * The entities' names on the map, and their capitals' beside their dots; not interactive, so a click on a name is a
 * click on the shape beneath. The states' names claim their places first, then the capitals'.
 */
export const EntityLabels = memo(function EntityLabels({ labels }: { labels: EntityLabel[] }) {
  const names = useMemo(
    () => [
      ...labels.map((label) => ({ id: label.entity.id, point: label.point, icon: labelIcon(label) })),
      ...labels.map(({ entity }) => ({
        id: capitalKey(entity.id),
        point: [entity.capital.location.lat, entity.capital.location.lon] as [number, number],
        icon: capitalIcon(entity),
      })),
    ],
    [labels],
  );
  const byClaim = useMemo(() => namesByClaim(labels), [labels]);
  // The selected state's name is always shown, wherever it has to go.
  const selected = useSelectedStateId();
  const order = useMemo(() => {
    const states = selected && byClaim.includes(selected) ? [selected, ...byClaim.filter((id) => id !== selected)] : byClaim;
    return [...states, ...states.map(capitalKey)];
  }, [byClaim, selected]);
  // The names' markers by id, as Leaflet makes them (kept across renders; read by the placement's frame callback).
  const markers = useMemo(() => new Map<string, LeafletMarker>(), []);
  useNamePlacement(markers, order);
  return names.map(({ id, point, icon }) => (
    <Marker
      key={id}
      ref={(marker) => {
        if (marker) markers.set(id, marker);
        else markers.delete(id);
      }}
      position={point}
      icon={icon}
      interactive={false}
      keyboard={false}
      pane={PANE.labels}
    />
  ));
});
