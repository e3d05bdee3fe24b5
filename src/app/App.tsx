import { lazy, Suspense, type ComponentType } from 'react';
import { useDatasetQuery } from '../state/hooks';
import { useDatasetRef } from '../state/selectors';
import { useEmbedPanel, useUrlSync } from '../state/url-sync';
import { BUNDLED_DATASET_URL } from '../data/load-dataset';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ReadyTracker } from '../ui/ready';
import { DetailsPanel } from '../views/details/DetailsPanel';
import { TimelineView } from '../views/timeline/TimelineView';
import { LoadingState } from '../ui/LoadingState';

// The map (Leaflet) and the charts (Recharts) load as their own chunks, in parallel with the dataset. Their import()
// starts here, when the app starts, not when React first renders them.
const mapModule = import('../views/map/MapView');
const gdpModule = import('../views/charts/GdpPanel');
const tradeModule = import('../views/charts/TradePanel');
const MapView = lazy(() => mapModule.then((m) => ({ default: m.MapView })));
const GdpPanel = lazy(() => gdpModule.then((m) => ({ default: m.GdpPanel })));
const TradePanel = lazy(() => tradeModule.then((m) => ({ default: m.TradePanel })));
import { Header } from './header/Header';
import { DatasetGate } from './dataset/DatasetGate';
import { DatasetOpener, OpenOutcomeNotice } from './dataset/DatasetOpener';
import { useOpenDataset } from './dataset/useOpenDataset';
import { LinkNotice } from './LinkNotice';
import { EmbedLayout } from './EmbedLayout';

interface ViewSlot {
  id: string;
  /** Grid area in the layout (see styles.css). */
  area: 'map' | 'details' | 'gdp' | 'trade' | 'timeline';
  name: string;
  Component: ComponentType;
}

/** The views on screen, in reading order. Each reports when it has drawn; together they make `ots:ready`. */
const VIEWS: readonly ViewSlot[] = [
  { id: 'map', area: 'map', name: 'the map', Component: MapView },
  { id: 'details', area: 'details', name: 'the details panel', Component: DetailsPanel },
  { id: 'gdp', area: 'gdp', name: 'the GDP panel', Component: GdpPanel },
  { id: 'trade', area: 'trade', name: 'the trade panel', Component: TradePanel },
  { id: 'timeline', area: 'timeline', name: 'the timeline', Component: TimelineView },
];
const VIEW_IDS = VIEWS.map((v) => v.id);

export function App() {
  const query = useDatasetQuery();
  const ref = useDatasetRef();
  const dropped = useUrlSync(query.data);
  const { outcome, open, dismiss } = useOpenDataset();
  const datasetName = ref.kind === 'file' ? ref.name : (BUNDLED_DATASET_URL.split('/').pop() ?? BUNDLED_DATASET_URL);
  // `?embed=<panel>`: that panel alone, for another site's iframe.
  const embed = useEmbedPanel();
  const embedded = VIEWS.find((v) => v.id === embed);
  if (embedded) return <EmbedLayout id={embedded.id} name={embedded.name} Component={embedded.Component} dropped={dropped} />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header dataset={query.data} datasetName={datasetName} opener={<DatasetOpener open={open} />} />
      <OpenOutcomeNotice outcome={outcome} inUse={datasetName} onDismiss={dismiss} />
      <LinkNotice dropped={dropped} />
      <main id="main" className="layout">
        <DatasetGate>
          <ReadyTracker views={VIEW_IDS}>
            {VIEWS.map(({ id, area, name, Component }) => (
              <div key={id} className={`layout__slot layout__slot--${area}`}>
                <ErrorBoundary name={name}>
                  <Suspense fallback={<LoadingState label={`Loading ${name}…`} />}>
                    <Component />
                  </Suspense>
                </ErrorBoundary>
              </div>
            ))}
          </ReadyTracker>
        </DatasetGate>
      </main>
      <footer className="app-footer">
        <p>
          OTS Atlas · every figure names its sources (open “Source” under it)
          {query.data ? ` · ${query.data.sources.length} sources in ${datasetName}` : ''}.
        </p>
      </footer>
    </div>
  );
}
