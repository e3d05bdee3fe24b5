import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { basemapQuery, loadBasemap } from '../../data/geo';
import type { Dataset } from '../../data/schema';
import { useDatasetQueryAsIs, useYear } from '../../state/hooks';
import { useLoadedDataset } from '../../state/dataset-context';
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
import { countedWords, SUBTITLE_REST } from './map-text';
import { FlowsToggle, MapFlows } from './MapFlows';
import type { Peek } from './peek';

/**
 * The shapes, fetched with the app rather than once the dataset has arrived. Settles once they are decoded (or have
 * failed: the query below reports that, where the user sees it), so that the app can wait for it before it first draws
 * the map, which then draws the land in that first render.
 */
export const shapesSettled: Promise<void> = loadBasemap().then(
  () => undefined,
  () => undefined,
);

/** Escape anywhere in the map panel clears the selection (a no-op, adding no history entry, when there is none). */
function useEscapeClearsSelection() {
  const { selectionCleared } = useActions();
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) selectionCleared();
  };
}

function MapSubtitle() {
  return (
    <>
      {countedWords(useYear(), useScope())}
      <span className="map-view__subtitle-rest">{SUBTITLE_REST}</span>
    </>
  );
}

function MapExport() {
  return <PanelActions exports={useMapExport(useYear(), useScope())} />;
}

/**
 * The OTS on a map: entities by status in the chosen year, corridors, chokepoints, capitals and the selected event.
 * The land is drawn as soon as the basemap is here, while the dataset may still be loading (or has failed); what the
 * dataset says is drawn over it, and the panel's key, lists and exports join, once it has arrived.
 */
export function MapView() {
  const query = useDatasetQueryAsIs();
  const dataset: Dataset | undefined = useLoadedDataset();
  const basemap = useQuery(basemapQuery());
  const [online, setOnline] = useState(false);
  const [flows, setFlows] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [peek, setPeek] = useState<Peek | null>(null);
  const onKeyDown = useEscapeClearsSelection();
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
      subtitle={dataset ? <MapSubtitle /> : query.isError ? 'No dataset loaded: the land alone' : 'Loading the dataset…'}
      actions={
        <div className="map-view__actions">
          <OnlineToggle checked={online} onChange={toggleOnline} />
          {dataset ? <MapExport /> : null}
        </div>
      }
    >
      <div className="map-view" onKeyDown={onKeyDown}>
        <MapPatterns />
        {basemap.data ? (
          <MapCanvas basemap={basemap.data} dataset={dataset} online={online} flows={flows} peek={peek} onTileError={onTileError} />
        ) : basemap.isError ? (
          <ErrorState
            title="The map’s shapes could not be loaded"
            summary={basemap.error.message}
            onRetry={() => void basemap.refetch()}
          />
        ) : (
          <LoadingState label="Drawing the map…" />
        )}
        {dataset ? (
          <>
            <MapStatusLine online={online} tilesFailed={tilesFailed} />
            {/* Under the map rather than in its heading, beside what it shows, so the map keeps its place on a phone. */}
            {dataset.tradeFlows ? <FlowsToggle checked={flows} onChange={setFlows} /> : null}
            {flows ? <MapFlows /> : null}
            <div data-export="legend">
              <MapLegend />
            </div>
            <MapLists onPeek={setPeek} />
          </>
        ) : null}
      </div>
    </Panel>
  );
}
