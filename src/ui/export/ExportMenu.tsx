import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { EmbedDialog } from './EmbedDialog';
import type { PanelExport } from './panel-export';
import { isChunkFailure } from '../chunk-failure';

type Kind = 'PNG' | 'SVG' | 'CSV';

/** Closes the menu on Escape (focus back on its button) and on a press outside it. */
function useDismiss(open: boolean, close: () => void, root: RefObject<HTMLDivElement | null>, button: RefObject<HTMLButtonElement | null>) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close();
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, close, root, button]);
}

/**
 * A panel's exports behind one button: PNG (and SVG for charts) with title, legend, sources and as-of date stamped
 * in, the numbers as CSV, and the code to embed the panel. Each action's name says what it does to which panel.
 */
export function ExportMenu({ spec }: { spec: PanelExport }) {
  const [open, setOpen] = useState(false);
  const [embedding, setEmbedding] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef, buttonRef);

  const run = async (kind: Kind) => {
    setOpen(false);
    setStatus(`Preparing the ${kind}…`);
    try {
      // The exporters load when first used, not with the app's first screen.
      const { exportCsv, exportPng, exportSvg } = await import('./panel-export');
      if (kind === 'PNG') await exportPng(spec, rootRef.current);
      else if (kind === 'SVG') exportSvg(spec, rootRef.current);
      else exportCsv(spec);
      setStatus(`${kind} of ${spec.subject} downloaded.`);
    } catch (error) {
      // Its code may not have downloaded (the connection dropped): choosing it again downloads it again.
      setStatus(
        isChunkFailure(error)
          ? `The ${kind} could not be made: its code could not be downloaded. Choose it again to retry.`
          : `The ${kind} could not be made: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
  };
  const openEmbed = () => {
    setOpen(false);
    setEmbedding(true);
  };
  const kinds: Kind[] = spec.svgLegend ? ['PNG', 'SVG', 'CSV'] : ['PNG', 'CSV'];
  const what: Record<Kind, string> = { PNG: 'PNG image', SVG: 'SVG image', CSV: 'CSV data' };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Export ${spec.subject}`}
        onClick={() => setOpen((o) => !o)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="export-menu__list" hidden={!open}>
        {kinds.map((kind) => (
          <li key={kind}>
            <button type="button" className="export-menu__item" aria-label={`Download ${what[kind]} of ${spec.subject}`} onClick={() => void run(kind)}>
              Download {what[kind]}
            </button>
          </li>
        ))}
        {spec.embed ? (
          <li>
            <button type="button" className="export-menu__item" aria-label={`Embed code for ${spec.subject}`} onClick={openEmbed}>
              Embed code…
            </button>
          </li>
        ) : null}
      </ul>
      <span className="export-menu__status" aria-live="polite">
        {status}
      </span>
      {embedding && spec.embed ? <EmbedDialog spec={spec.embed} onClose={() => setEmbedding(false)} /> : null}
    </div>
  );
}
