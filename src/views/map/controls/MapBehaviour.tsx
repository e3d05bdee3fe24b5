import { useEffect, useLayoutEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useActions } from '../../../state/selectors';
import { endScheduledWork } from './map-teardown';

export const MAP_DESCRIPTION_ID = 'map-view-description';

/**
 * The map as a whole: a click on the sea (or on a country outside the dataset) clears the selection; the container,
 * which takes keyboard focus for panning and zooming, is a named region; the basemap is credited. (Once the dataset is
 * here, MapLabel names the year and points to the map's description.) Before the map is removed, the work Leaflet
 * still has scheduled is cancelled (see map-teardown.ts).
 */
export function MapBehaviour({ source }: { source: string }) {
  const map = useMap();
  const { selectionCleared } = useActions();
  // A click that no shape, line or marker took: they keep theirs from the map (`bubblingMouseEvents: false`). With
  // nothing selected this changes nothing and adds no history entry.
  useMapEvents({ click: selectionCleared });

  // react-leaflet removes the map in a passive effect's cleanup; a layout effect's cleanup runs before it, while the
  // map is whole: what Leaflet still has scheduled (a zoom animation's end, say) is cancelled there.
  useLayoutEffect(() => () => endScheduledWork(map), [map]);

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    if (!container.hasAttribute('aria-label')) container.setAttribute('aria-label', 'Map of the OTS region');
  }, [map]);

  // Leaflet's own credit carries a national flag: out of place on a map of states, whose subject it is not. Plain text,
  // set before the first paint.
  useLayoutEffect(() => {
    map.attributionControl?.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  }, [map]);

  useEffect(() => {
    const credit = `Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>`;
    map.attributionControl?.addAttribution(credit);
    map.attributionControl?.getContainer()?.setAttribute('title', source);
    return () => {
      map.attributionControl?.removeAttribution(credit);
    };
  }, [map, source]);
  return null;
}

/** Names the map for the year shown, and points to the description of how to use it (which comes with the lists). */
export function MapLabel({ year }: { year: number }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('aria-label', `Map of OTS members and observers in ${year}, with corridors`);
    container.setAttribute('aria-describedby', MAP_DESCRIPTION_ID);
  }, [map, year]);
  return null;
}
