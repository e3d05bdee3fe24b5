import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { basemapQuery, loadBasemap } from '../../data/geo';
import { useYear } from '../../state/hooks';
import { useActions, useScope } from '../../state/selectors';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { Panel } from '../../ui/Panel';
import { PanelActions } from '../../ui/export/PanelActions';
import { useReportDrawn } from '../../ui/ready';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { useMapExport } from './map-export';
import { MapLists } from './MapLists';
import { MapPatterns } from './MapPatterns';
import { MapStatusLine } from './MapStatusLine';
import { OnlineToggle } from './OnlineToggle';
import type { Peek } from './peek';

// Start fetching the shapes with the app, not once the dataset has arrived.
void loadBasemap().catch(() => {
  // Reported by the query below, where the user sees it.
});

/** Escape anywhere in the map panel clears the selection (a no-op, adding no history entry, when there is none). */
function useEscapeClearsSelection() {
  const { selectionCleared } = useActions();
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) selectionCleared();
  };
}

/** The OTS on a map: entities by status in the chosen year, corridors, chokepoints, capitals and the selected event. */
export function MapView() {
  const year = useYear();
  const basemap = useQuery(basemapQuery());
  const [online, setOnline] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [peek, setPeek] = useState<Peek | null>(null);
  const onKeyDown = useEscapeClearsSelection();
  const exports = useMapExport(year, useScope());
  const onTileError = useCallback(() => setTilesFailed(true), []);
  // A failed basemap is reported as drawn: the panel shows the failure, and the rest of the page is ready.
  useReportDrawn('map', basemap.isError);

  const toggleOnline = (on: boolean) => {
    setOnline(on);
    setTilesFailed(false);
  };

  return (
    <Panel
      id="map"
      title="Map"
      subtitle={`Members and observers in ${year} · corridors · chokepoints`}
      actions={
        <div className="map-view__actions">
          <OnlineToggle checked={online} onChange={toggleOnline} />
          <PanelActions exports={exports} />
        </div>
      }
    >
      <div className="map-view" onKeyDown={onKeyDown}>
        <MapPatterns />
        {basemap.data ? (
          <MapCanvas basemap={basemap.data} online={online} peek={peek} onTileError={onTileError} />
        ) : basemap.isError ? (
          <ErrorState
            title="The map’s shapes could not be loaded"
            summary={basemap.error.message}
            onRetry={() => void basemap.refetch()}
          />
        ) : (
          <LoadingState label="Drawing the map…" />
        )}
        <MapStatusLine online={online} tilesFailed={tilesFailed} />
        <div data-export="legend">
          <MapLegend />
        </div>
        <MapLists onPeek={setPeek} />
      </div>
    </Panel>
  );
}
