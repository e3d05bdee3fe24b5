import { useState } from 'react';
import { useDatasetQuery } from '../state/hooks';
import { useLoadedDataset } from '../state/dataset-context';
import { useDatasetRef, useSlide } from '../state/selectors';
import { useBriefing } from '../state/briefing';
import { useEmbedPanel, useUrlSync } from '../state/url-sync';
import { BUNDLED_DATASET_NAME } from '../data/load-dataset';
import { ReadyTracker } from '../ui/ready';
import { usePrintShortcut } from '../ui/draw-when-seen';
import { Header } from './header/Header';
import { DatasetGate } from './dataset/DatasetGate';
import { DatasetOpener } from './dataset/DatasetOpener';
import { OpenOutcomeNotice } from './dataset/OpenNotice';
import { useOpenDataset } from './dataset/useOpenDataset';
import { LinkNotice } from './LinkNotice';
import { VIEWS, ViewFrame } from './views';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { EmbedLayout } from './EmbedLayout';
import { DetailsSlot } from './DetailsSheet';
import { BriefingEditorDialog, BriefingMode } from './briefing/LazyBriefing';
import { HeldBriefingNotice } from './briefing/HeldBriefingNotice';


const VIEW_IDS = VIEWS.map((v) => v.id);
// The map draws its land while the dataset loads; the other views wait for it behind the gate.
const EARLY_VIEWS = VIEWS.filter((v) => v.beforeData);
const DATA_VIEWS = VIEWS.filter((v) => !v.beforeData);

export function App() {
  // Starts (and owns) the dataset's query; everything below reads the dataset from DatasetProvider.
  useDatasetQuery();
  const dataset = useLoadedDataset();
  const ref = useDatasetRef();
  const slide = useSlide();
  const [editing, setEditing] = useState(false);
  const briefing = useBriefing(slide != null || editing);
  const dropped = useUrlSync(dataset, briefing.briefing);
  const { outcome, open, cancel, backToBundled, dismiss } = useOpenDataset();
  const datasetName = ref.kind === 'file' ? ref.name : BUNDLED_DATASET_NAME;
  // `?embed=<panel>`: that panel alone, for another site's iframe.
  const embed = useEmbedPanel();
  const embedded = VIEWS.find((v) => v.id === embed);
  // The main layout draws its views below the fold after the first screen: the print shortcut waits for them.
  usePrintShortcut(!embedded && slide == null);
  if (embedded) return <EmbedLayout view={embedded} dropped={dropped} />;

  // Briefing mode and the briefing editor load only when used.
  if (slide != null) return <BriefingMode inUse={briefing} />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header
        dataset={dataset}
        datasetName={datasetName}
        opener={<DatasetOpener open={open} />}
        onBundled={ref.kind === 'file' ? backToBundled : undefined}
        onOpenBriefing={() => setEditing(true)}
      />
      <OpenOutcomeNotice
        outcome={outcome}
        inUse={datasetName}
        onDismiss={dismiss}
        onCancel={cancel}
        onBundled={ref.kind === 'file' ? backToBundled : undefined}
      />
      <LinkNotice dropped={dropped} />
      <HeldBriefingNotice held={briefing.held} onOpen={() => setEditing(true)} />
      <SelectionAnnouncer dataset={dataset} />
      <main id="main" className="layout">
        <ReadyTracker views={VIEW_IDS}>
          {/* The map opens the page: always on the first screen. */}
          {EARLY_VIEWS.map((view) => (
            <ViewFrame key={view.id} view={view} className={`layout__slot layout__slot--${view.id}`} />
          ))}
          <DatasetGate>
            {DATA_VIEWS.map((view) =>
              view.id === 'details' ? (
                <DetailsSlot key={view.id} view={view} />
              ) : (
                <ViewFrame key={view.id} view={view} className={`layout__slot layout__slot--${view.id}`} whenSeen />
              ),
            )}
          </DatasetGate>
        </ReadyTracker>
      </main>
      {editing && dataset ? <BriefingEditorDialog inUse={briefing} datasetName={datasetName} onClose={() => setEditing(false)} /> : null}
      <footer className="app-footer">
        <p>
          OTS Atlas · every figure names its sources (open “Source” under it)
          {dataset ? ` · ${dataset.sources.length} sources in ${datasetName}` : ''}.
        </p>
      </footer>
    </div>
  );
}
