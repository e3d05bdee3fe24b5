import { useEffect, useState } from 'react';
import { diagnoseChunk, type ChunkDiagnosis } from './chunk-failure';
import { ErrorState } from './ErrorState';

interface ChunkErrorProps {
  /** "the briefing editor" */
  name: string;
  error: Error;
  onRetry: () => void;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Code that could not be downloaded. While the server is asked about it, and when the connection is the trouble: a
 * Retry that downloads it again. When the server no longer has it (the atlas was updated since this page was opened):
 * a reload, which keeps the view (it is in the link) and the briefing (it is in this browser).
 */
export function ChunkErrorState({ name, error, onRetry }: ChunkErrorProps) {
  const [diagnosis, setDiagnosis] = useState<ChunkDiagnosis | null>(null);
  useEffect(() => {
    let live = true;
    void diagnoseChunk(error).then((d) => {
      if (live) setDiagnosis(d);
    });
    return () => {
      live = false;
    };
  }, [error]);

  if (diagnosis === 'gone') {
    return (
      <ErrorState
        title={`${capital(name)} could not be downloaded: the atlas has been updated`}
        summary="The atlas on the server has changed since this page was opened, and this part of the old version is no longer there. Reload the page to get the new version: your view is kept in the link, and your briefing in this browser."
        onRetry={() => window.location.reload()}
        retryLabel="Reload the page"
      />
    );
  }
  return (
    <ErrorState
      title={`${capital(name)} could not be downloaded`}
      summary="Its code did not arrive: the connection may have dropped. The rest of the atlas keeps working. Retry downloads it again."
      onRetry={onRetry}
    />
  );
}
