/** What the map panel exports: the states and corridors as CSV, and the map with its key as a stamped PNG. */
import { useMemo } from 'react';
import type { Scope } from '../../data/derive';
import { useDataset, useSources } from '../../state/hooks';
import { toCsv } from '../../ui/csv';
import { exportFileName } from '../../ui/export/files';
import type { PanelExport } from '../../ui/export/panel-export';
import { mapCsv, mapSourceIds } from './map-csv';
import { countedWords } from './map-text';

/** Leaflet's controls, tooltips and (online) tiles stay out of the image; the shapes and markers go in. */
const NOT_IN_IMAGE = '.leaflet-control-container, .leaflet-tile-pane, .leaflet-tooltip-pane, .leaflet-popup-pane';

export function useMapExport(year: number, scope: Scope): PanelExport {
  const dataset = useDataset();
  const ids = useMemo(() => mapSourceIds(dataset, year), [dataset, year]);
  const sources = useSources(ids);
  return useMemo(
    () => ({
      subject: 'the map',
      file: ['map', String(year)],
      stamp: { title: 'Map of the OTS', subtitle: `${countedWords(year, scope)}, corridors and chokepoints`, sources, asOf: dataset.asOf },
      csv: () => ({ fileName: exportFileName('map', `${year} ${scope}`, dataset.asOf, 'csv'), text: toCsv(mapCsv(dataset, year, scope, sources)) }),
      figure: '.map-view__map',
      legendWidth: 560,
      skip: NOT_IN_IMAGE,
      embed: { panel: 'map', title: 'OTS Atlas: map', width: 960, height: 820 },
    }),
    [dataset, year, scope, sources],
  );
}
