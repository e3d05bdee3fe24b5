import { briefingFileText } from '../../data/briefing';
import type { Briefing } from '../../data/briefing-schema';
import type { Dataset } from '../../data/schema';
import { useBriefingStore } from '../../state/briefing-store';
import { downloadText } from '../../ui/download';
import { ErrorState } from '../../ui/ErrorState';
import { FileButton } from '../../ui/FileButton';
import { named } from './storage-text';
import { useBriefingImport } from './useBriefingImport';

const EXPORT_NAME = 'ots-atlas-briefing.json';
const exportBriefing = (briefing: Briefing) => downloadText(EXPORT_NAME, briefingFileText(briefing), 'application/json');

interface FileActionsProps {
  briefing: Briefing;
  dataset: Dataset;
  /** The user's own briefing, when it is the one in use: an import asks before replacing it. */
  yours: Briefing | null;
  /** Importing is held while a saved briefing awaits the user's decision. */
  held: boolean;
}

/** Export the briefing to a JSON file, or import one (validated; a bad file leaves the briefing in use alone). */
export function BriefingFileActions({ briefing, dataset, yours, held }: FileActionsProps) {
  const { outcome, importFile, confirm, dismiss } = useBriefingImport(dataset, yours);
  const undo = useBriefingStore((s) => (s.undo?.after === 'import' ? s.actions.undone : null));
  return (
    <div className="briefing-files">
      <button type="button" className="button" onClick={() => exportBriefing(briefing)}>
        Export briefing (JSON)
      </button>
      <fieldset className="briefing-editor__held" disabled={held}>
        <FileButton label="Import briefing…" inputLabel="Import a briefing file" onFile={(file) => void importFile(file)} />
      </fieldset>
      {outcome.kind === 'failed' ? (
        <ErrorState
          title={`Could not import ${outcome.name}`}
          summary="Your current briefing is unchanged. The file has these problems:"
          problems={outcome.problems}
          onRetry={dismiss}
          retryLabel="Dismiss"
        />
      ) : null}
      {outcome.kind === 'confirm' ? (
        <div className="notice notice--question" role="group" aria-label={`Replace your briefing with ${outcome.name}?`}>
          <p>
            {outcome.name} holds {named(outcome.briefing)}. Importing it replaces your briefing, {named(outcome.replaces)}.
          </p>
          <button type="button" className="button button--primary" onClick={confirm}>
            Replace my briefing
          </button>{' '}
          <button type="button" className="button" onClick={() => exportBriefing(outcome.replaces)}>
            Export mine first
          </button>{' '}
          <button type="button" className="button" onClick={dismiss}>
            Cancel
          </button>
        </div>
      ) : null}
      {outcome.kind === 'imported' ? (
        <p className="notice" role="status">
          Imported “{outcome.title}” from {outcome.name}: {outcome.slides} slides.
          {outcome.replaced ? ` It replaced your briefing, ${named(outcome.replaced)}.` : ''}{' '}
          {undo ? (
            <button type="button" className="button" onClick={undo}>
              Undo the import
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
