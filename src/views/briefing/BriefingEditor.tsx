import './briefing.css';
import { useEffect, useRef } from 'react';
import type { Briefing } from '../../data/briefing-schema';
import { newSlideId } from '../../data/briefing';
import { useBriefingActions, useStoredBriefingProblems } from '../../state/briefing-store';
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
import { usePrintBriefing } from './usePrintBriefing';

interface EditorProps {
  inUse: BriefingInUse;
  onClose: () => void;
}

/** The briefing editor, as a modal dialog: the slides, adding the current view, presenting, export and import. */
export function BriefingEditor({ inUse, onClose }: EditorProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const close = () => dialog.current?.close();
  const stored = useStoredBriefingProblems((s) => s.problems);
  const { briefing } = inUse;

  return (
    <dialog ref={dialog} className="briefing-editor" aria-labelledby="briefing-editor-title" onClose={onClose}>
      <header className="briefing-editor__header">
        <h2 id="briefing-editor-title">Briefing</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </header>
      {stored ? (
        <ErrorState
          title="Your saved briefing could not be read"
          summary="It is left in this browser's storage until you change the briefing; the shipped briefing is shown."
          problems={stored}
        />
      ) : null}
      {briefing ? (
        <BriefingContents briefing={briefing} origin={inUse.origin} onPresent={close} />
      ) : inUse.status === 'error' ? (
        <ErrorState title="The briefing could not be loaded" summary={inUse.error?.message ?? 'Unknown error'} onRetry={inUse.retry} />
      ) : (
        <LoadingState label="Loading the briefing…" />
      )}
    </dialog>
  );
}

function BriefingContents({ briefing, origin, onPresent }: { briefing: Briefing; origin: BriefingInUse['origin']; onPresent: () => void }) {
  const dataset = useDataset();
  const view = useCurrentView();
  const { slideAdded, briefingReset } = useBriefingActions();
  const { slideShown } = useActions();
  const [printing, print] = usePrintBriefing();
  const present = (index: number) => {
    const slide = briefing.slides[index];
    if (!slide) return;
    slideShown(index + 1, withEventYear({ ...slide.view }, knownValues(dataset)));
    onPresent();
  };
  return (
    <>
      <p className="briefing-editor__origin">
        <strong>{briefing.title}</strong> ·{' '}
        {origin === 'yours' ? 'your briefing, kept in this browser' : 'the briefing shipped with the atlas; your changes are kept in this browser'}
      </p>
      <div className="briefing-editor__actions">
        <button type="button" className="button button--primary" onClick={() => present(0)}>
          Present
        </button>
        <button
          type="button"
          className="button"
          onClick={() => slideAdded(briefing, slideFromView(view, dataset, knownValues(dataset).defaultYear, newSlideId()))}
        >
          Add the current view as a slide
        </button>
        <button type="button" className="button" onClick={print}>
          Print the briefing
        </button>
        {origin === 'yours' ? (
          <button type="button" className="button" onClick={briefingReset}>
            Restore the shipped briefing
          </button>
        ) : null}
      </div>
      <SlideList briefing={briefing} onPresent={present} />
      <BriefingFileActions briefing={briefing} dataset={dataset} />
      {printing ? <SlideHandout briefing={briefing} /> : null}
    </>
  );
}
