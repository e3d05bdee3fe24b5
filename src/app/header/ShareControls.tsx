import type { Dataset } from '../../data/schema';
import { currentUrl } from '../../state/url-sync';
import { CopyField } from '../../ui/export/CopyField';
import { downloadText } from '../../ui/download';
import { datasetFileName, datasetJson } from '../../ui/export/files';

/** "Copy link" to the view on screen, and the whole dataset in use (bundled or opened) as JSON. */
export function ShareControls({ dataset }: { dataset: Dataset }) {
  const download = () => downloadText(datasetFileName(dataset), datasetJson(dataset), 'application/json');
  return (
    <div className="share-controls">
      <CopyField label="Copy link" name="Copy link to this view" done="Link copied" text={currentUrl} />
      <button type="button" className="button" aria-label="Download dataset (JSON)" onClick={download}>
        Dataset JSON
      </button>
    </div>
  );
}
