import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { briefingFileText } from '../../data/briefing';
import { useBriefingStore } from '../../state/briefing-store';
import type { BriefingInUse } from '../../state/briefing';
import { downloadText } from '../../ui/download';
import { ErrorState } from '../../ui/ErrorState';
import { STORAGE_TEXT as T } from './storage-text';

const EXPORT_NAME = 'ots-atlas-briefing.json';

/**
 * What the editor says about the briefing kept in the browser: one that cannot be used (with its file and a way to
 * discard it), a change that is not saved (with the file), another tab's change, and an undo after a restore.
 */
export function StorageNotices({ inUse, datasetName }: { inUse: BriefingInUse; datasetName: string }) {
  const { unsaved, changedElsewhere, undo, actions } = useBriefingStore(
    useShallow((s) => ({ unsaved: s.unsaved, changedElsewhere: s.changedElsewhere, undo: s.undo, actions: s.actions })),
  );
  const { held, briefing } = inUse;
  return (
    <div className="briefing-notices">
      {held ? (
        <ErrorState
          title={held.kind === 'unreadable' ? T.unreadableTitle : T.mismatchTitle}
          summary={held.kind === 'unreadable' ? T.unreadableSummary : T.mismatchSummary(datasetName)}
          problems={held.problems}
        >
          <div className="briefing-notices__actions">
            <button type="button" className="button" onClick={() => downloadText(EXPORT_NAME, held.exportText, 'application/json')}>
              {T.exportHeld}
            </button>
            <Discard onDiscard={held.kind === 'unreadable' ? actions.unreadableDiscarded : actions.briefingReset} />
          </div>
        </ErrorState>
      ) : null}
      {unsaved ? (
        <div className="notice notice--warning" role="alert">
          <p>{T.unsaved(unsaved.reason, unsaved.fromTheStart)}</p>
          {briefing ? (
            <button type="button" className="button" onClick={() => downloadText(EXPORT_NAME, briefingFileText(briefing), 'application/json')}>
              {T.exportInUse}
            </button>
          ) : null}
        </div>
      ) : null}
      {changedElsewhere ? (
        <p className="notice" role="status">
          {T.changedElsewhere(changedElsewhere.refused)}{' '}
          <button type="button" className="button button--quiet" onClick={() => actions.noticeDismissed('changedElsewhere')}>
            {T.dismiss}
          </button>
        </p>
      ) : null}
      {undo?.after === 'restore' ? (
        <p className="notice" role="status">
          {T.restored(undo.briefing)}{' '}
          {undo.briefing ? (
            <button type="button" className="button" onClick={actions.undone}>
              {T.undo}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** Discarding asks once more: it cannot be undone. */
function Discard({ onDiscard }: { onDiscard: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {T.discard}
      </button>
    );
  }
  return (
    <span className="briefing-notices__confirm" role="group" aria-label={T.discardConfirm}>
      {T.discardConfirm}{' '}
      <button type="button" className="button button--danger" onClick={onDiscard}>
        {T.discardYes}
      </button>{' '}
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {T.discardNo}
      </button>
    </span>
  );
}
