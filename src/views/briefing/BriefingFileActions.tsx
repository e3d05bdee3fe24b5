import { briefingFileText } from '../../data/briefing';
import type { Briefing } from '../../data/briefing-schema';
import type { Dataset } from '../../data/schema';
import { downloadText } from '../../ui/download';
import { ErrorState } from '../../ui/ErrorState';
import { FileButton } from '../../ui/FileButton';
import { useBriefingImport } from './useBriefingImport';

/** Export the briefing to a JSON file, or import one (validated; a bad file leaves the briefing in use alone). */
export function BriefingFileActions({ briefing, dataset }: { briefing: Briefing; dataset: Dataset }) {
  const { outcome, importFile, dismiss } = useBriefingImport(dataset);
  return (
    <div className="briefing-files">
      <button type="button" className="button" onClick={() => downloadText('ots-atlas-briefing.json', briefingFileText(briefing), 'application/json')}>
        Export briefing (JSON)
      </button>
      <FileButton label="Import briefing…" inputLabel="Import a briefing file" onFile={(file) => void importFile(file)} />
      {outcome.kind === 'failed' ? (
        <ErrorState
          title={`Could not import ${outcome.name}`}
          summary="Your current briefing is unchanged. The file has these problems:"
          problems={outcome.problems}
          onRetry={dismiss}
          retryLabel="Dismiss"
        />
      ) : null}
      {outcome.kind === 'imported' ? (
        <p className="notice" role="status">
          Imported “{outcome.title}” from {outcome.name}: {outcome.slides} slides.
        </p>
      ) : null}
    </div>
  );
}
