import type { ComponentType } from 'react';
import { useDatasetQuery } from '../state/hooks';
import { useDatasetRef } from '../state/selectors';
import { useUrlSync } from '../state/url-sync';
import { BUNDLED_DATASET_URL } from '../data/load-dataset';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ReadyTracker } from '../ui/ready';
import { DetailsPanel } from '../views/details/DetailsPanel';
import { Header } from './header/Header';
import { DatasetGate } from './dataset/DatasetGate';
import { DatasetOpener, OpenOutcomeNotice } from './dataset/DatasetOpener';
import { useOpenDataset } from './dataset/useOpenDataset';
import { LinkNotice } from './LinkNotice';

interface ViewSlot {
  id: string;
  /** Grid area in the layout (see styles.css). */
  area: 'map' | 'details' | 'gdp' | 'trade' | 'timeline';
  name: string;
  Component: ComponentType;
}

/** The views on screen, in reading order. Each reports when it has drawn; together they make `ots:ready`. */
const VIEWS: readonly ViewSlot[] = [{ id: 'details', area: 'details', name: 'the details panel', Component: DetailsPanel }];
const VIEW_IDS = VIEWS.map((v) => v.id);

export function App() {
  const query = useDatasetQuery();
  const ref = useDatasetRef();
  const dropped = useUrlSync(query.data);
  const { outcome, open, dismiss } = useOpenDataset();
  const datasetName = ref.kind === 'file' ? ref.name : (BUNDLED_DATASET_URL.split('/').pop() ?? BUNDLED_DATASET_URL);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header dataset={query.data} datasetName={datasetName} opener={<DatasetOpener open={open} />} />
      <OpenOutcomeNotice outcome={outcome} inUse={datasetName} onDismiss={dismiss} />
      <LinkNotice dropped={dropped} />
      <main id="main" className={`layout layout--${VIEWS.length}`}>
        <DatasetGate>
          <ReadyTracker views={VIEW_IDS}>
            {VIEWS.map(({ id, area, name, Component }) => (
              <div key={id} className={`layout__slot layout__slot--${area}`}>
                <ErrorBoundary name={name}>
                  <Component />
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
