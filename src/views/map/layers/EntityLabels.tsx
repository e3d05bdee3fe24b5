import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { divIcon, type Marker as LeafletMarker } from 'leaflet';
import { Marker, useMap } from 'react-leaflet';
import type { EntityLabel } from '../../../data/geo-features';
import { useSelectedStateId } from '../../../state/selectors';
import { PANE } from '../panes';
import { namesByClaim, placeLabels, type Box } from '../label-placement';

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
const SHIFT = new WeakMap<HTMLElement, number>();

/** Measures the names (each at its own place), places them clear of each other and of the markers, and moves or hides them. */
function placeNames(map: ReturnType<typeof useMap>, texts: readonly HTMLElement[]) {
  const frame = map.getContainer().getBoundingClientRect();
  // A map not laid out (hidden, or in a test's DOM) has no room to share out: left as it is until it is resized.
  if (frame.width === 0 || frame.height === 0) return;
  const own = texts.map((text): Box => {
    const r = text.getBoundingClientRect();
    const dy = SHIFT.get(text) ?? 0;
    return { left: r.left, right: r.right, top: r.top - dy, bottom: r.bottom - dy };
  });
  const markers = [...(map.getPane(PANE.places)?.querySelectorAll(MARKERS) ?? [])].map((el) => el.getBoundingClientRect());
  const placements = placeLabels(own, markers, frame);
  texts.forEach((text, i) => {
    const placement = placements[i];
    const dy = placement?.shown ? placement.dy : 0;
    if ((SHIFT.get(text) ?? 0) !== dy) {
      SHIFT.set(text, dy);
      text.style.marginTop = dy ? `${dy}px` : '';
    }
    text.classList.toggle('map-label__text--hidden', placement?.shown === false);
  });
}

/**
 * Keeps the names clear of each other on every zoom and resize, in a frame callback (where the frame's layout is
 * due anyway). `order` is the names' ids, first claim first.
 */
function useNamePlacement(markers: RefObject<Map<string, LeafletMarker>>, order: readonly string[]) {
  const map = useMap();
  useEffect(() => {
    let frame = 0;
    const place = () => {
      frame = 0;
      const texts = order
        .map((id) => markers.current.get(id)?.getElement()?.firstElementChild)
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

/** The entities' names on the map; not interactive, so a click on a name is a click on the shape beneath. */
export const EntityLabels = memo(function EntityLabels({ labels }: { labels: EntityLabel[] }) {
  const icons = useMemo(() => labels.map((label) => ({ label, icon: labelIcon(label) })), [labels]);
  const byClaim = useMemo(() => namesByClaim(labels), [labels]);
  // The selected state's name is always shown, wherever it has to go.
  const selected = useSelectedStateId();
  const order = useMemo(
    () => (selected && byClaim.includes(selected) ? [selected, ...byClaim.filter((id) => id !== selected)] : byClaim),
    [byClaim, selected],
  );
  const markers = useRef(new Map<string, LeafletMarker>());
  useNamePlacement(markers, order);
  return icons.map(({ label, icon }) => (
    <Marker
      key={label.entity.id}
      ref={(marker) => {
        if (marker) markers.current.set(label.entity.id, marker);
        else markers.current.delete(label.entity.id);
      }}
      position={label.point}
      icon={icon}
      interactive={false}
      keyboard={false}
      pane={PANE.labels}
    />
  ));
});
