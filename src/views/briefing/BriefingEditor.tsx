import './briefing.css';
import { useEffect, useRef } from 'react';
import type { Briefing } from '../../data/briefing-schema';
import { newSlideId } from '../../data/briefing';
import { useBriefingActions, useBriefingStore } from '../../state/briefing-store';
import { useCurrentView, type BriefingInUse } from '../../state/briefing';
import { knownValues, useDataset } from '../../state/hooks';
import { useActions } from '../../state/selectors';
import { withEventYear } from '../../state/url-state';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { BriefingFileActions } from './BriefingFileActions';
import { SlideList } from './SlideList';
import { slideFromView } from './slide-from-view';
import { SlideHandout } from './SlideHandout';
import { StorageNotices } from './StorageNotices';
import { usePrintBriefing } from './usePrintBriefing';

interface EditorProps {
  inUse: BriefingInUse;
  /** The dataset in use, by name, for what the notices say. */
  datasetName: string;
  onClose: () => void;
}

/** The briefing editor, as a modal dialog: the slides, adding the current view, presenting, export and import. */
export function BriefingEditor({ inUse, datasetName, onClose }: EditorProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const close = () => dialog.current?.close();
  // Presenting unmounts the dialog before its close event arrives: say so directly, or the editor would reopen on
  // leaving briefing mode.
  const closeForPresenting = () => {
    close();
    onClose();
  };
  const { briefing } = inUse;

  return (
    <dialog ref={dialog} className="briefing-editor" aria-labelledby="briefing-editor-title" onClose={onClose}>
      <header className="briefing-editor__header">
        <h2 id="briefing-editor-title">Briefing</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </header>
      <StorageNotices inUse={inUse} datasetName={datasetName} />
      {briefing ? (
        <BriefingContents briefing={briefing} inUse={inUse} onPresent={closeForPresenting} />
      ) : inUse.status === 'error' ? (
        <ErrorState title="The briefing could not be loaded" summary={inUse.error?.message ?? 'Unknown error'} onRetry={inUse.retry} />
      ) : (
        <LoadingState label="Loading the briefing…" />
      )}
    </dialog>
  );
}

function BriefingContents({ briefing, inUse, onPresent }: { briefing: Briefing; inUse: BriefingInUse; onPresent: () => void }) {
  const dataset = useDataset();
  const view = useCurrentView();
  const { slideAdded, briefingReset } = useBriefingActions();
  const { slideShown } = useActions();
  const [printing, print] = usePrintBriefing();
  const { origin } = inUse;
  const unsaved = useBriefingStore((s) => s.unsaved !== null);
  // While a saved briefing awaits the user's decision, nothing may be saved over it: editing is held.
  const held = inUse.held !== null;
  const where = held
    ? 'the briefing shipped with the atlas, shown while yours waits (see above)'
    : origin === 'yours'
      ? unsaved
        ? 'your briefing, not saved in this browser (see above)'
        : 'your briefing, kept in this browser'
      : 'the briefing shipped with the atlas; your changes are kept in this browser';
  const present = (index: number) => {
    const slide = briefing.slides[index];
    if (!slide) return;
    slideShown(index + 1, withEventYear({ ...slide.view }, knownValues(dataset)));
    onPresent();
  };
  return (
    <>
      <p className="briefing-editor__origin">
        <strong>{briefing.title}</strong> · {where}
      </p>
      <div className="briefing-editor__actions">
        <button type="button" className="button button--primary" onClick={() => present(0)}>
          Present
        </button>
        <button type="button" className="button" onClick={print}>
          Print the briefing
        </button>
        <fieldset className="briefing-editor__held" disabled={held}>
          <button
            type="button"
            className="button"
            onClick={() => slideAdded(briefing, slideFromView(view, dataset, knownValues(dataset).defaultYear, newSlideId()))}
          >
            Add the current view as a slide
          </button>
          {origin === 'yours' ? (
            <button type="button" className="button" onClick={briefingReset}>
              Restore the shipped briefing
            </button>
          ) : null}
        </fieldset>
      </div>
      <fieldset className="briefing-editor__held briefing-editor__slides" disabled={held}>
        <legend className="visually-hidden">Slides</legend>
        <SlideList briefing={briefing} onPresent={present} />
      </fieldset>
      <BriefingFileActions briefing={briefing} dataset={dataset} yours={origin === 'yours' ? briefing : null} held={held} />
      {printing ? <SlideHandout briefing={briefing} /> : null}
    </>
  );
}
