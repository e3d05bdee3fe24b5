import { useEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useYear } from '../../../state/hooks';
import { useActions } from '../../../state/selectors';

export const MAP_DESCRIPTION_ID = 'map-view-description';

/**
 * The map as a whole: a click on the sea (or on a country outside the dataset) clears the selection; the container,
 * which takes keyboard focus for panning and zooming, is named for assistive technology; the basemap is credited.
 */
export function MapBehaviour({ source }: { source: string }) {
  const map = useMap();
  const year = useYear();
  const { selectionCleared } = useActions();
  // A click that no shape, line or marker took: they keep theirs from the map (`bubblingMouseEvents: false`). With
  // nothing selected this changes nothing and adds no history entry.
  useMapEvents({ click: selectionCleared });

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', `Map of OTS members and observers in ${year}, with corridors`);
    container.setAttribute('aria-describedby', MAP_DESCRIPTION_ID);
  }, [map, year]);

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
