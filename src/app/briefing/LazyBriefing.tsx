/**
 * Briefing mode and the briefing editor, each from its own chunk, fetched when first used. Should a chunk not
 * download (offline, or a tab left open across a redeploy), the rest of the atlas stays, and the failure is shown
 * where the user looked for it, with a Retry that downloads it again (or a reload, after a redeploy).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { BriefingInUse } from '../../state/briefing';
import { useActions } from '../../state/selectors';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LoadingState } from '../../ui/LoadingState';
import { preloaded } from '../../ui/preloaded';

const later = { start: 'first-render' } as const;
const BriefingLayout = preloaded(() => import('./BriefingLayout').then((m) => m.BriefingLayout), later);
const BriefingEditor = preloaded(() => import('../../views/briefing/BriefingEditor').then((m) => m.BriefingEditor), later);

/** Briefing mode, or what kept it from opening, with a way out. */
export function BriefingMode({ inUse }: { inUse: BriefingInUse }) {
  const { briefingLeft } = useActions();
  const frame = (alert: ReactNode) => (
    <div className="app app--briefing">
      <main id="main" className="briefing-stage briefing-stage--waiting">
        {alert}
        <button type="button" className="button" onClick={briefingLeft}>
          Leave briefing
        </button>
      </main>
    </div>
  );
  return (
    <ErrorBoundary name="briefing mode" onRetry={BriefingLayout.reload} frame={frame}>
      <BriefingLayout inUse={inUse} fallback={<LoadingState label="Opening the briefing…" />} />
    </ErrorBoundary>
  );
}

interface EditorProps {
  inUse: BriefingInUse;
  datasetName: string;
  onClose: () => void;
}

/** The briefing editor; while its code downloads, or if it cannot, a dialog in its place says so. */
export function BriefingEditorDialog({ inUse, datasetName, onClose }: EditorProps) {
  return (
    <ErrorBoundary name="the briefing editor" onRetry={BriefingEditor.reload} frame={(alert) => <EditorShell onClose={onClose}>{alert}</EditorShell>}>
      <BriefingEditor
        inUse={inUse}
        datasetName={datasetName}
        onClose={onClose}
        fallback={
          <EditorShell onClose={onClose}>
            <LoadingState label="Loading the briefing editor…" />
          </EditorShell>
        }
      />
    </ErrorBoundary>
  );
}

/** A modal dialog titled like the editor, for what is shown until the editor is there. */
function EditorShell({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="editor-shell" aria-labelledby="editor-shell-title" onClose={onClose}>
      <header className="editor-shell__header">
        <h2 id="editor-shell-title">Briefing</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <div className="editor-shell__body">{children}</div>
    </dialog>
  );
}
