import { useEffect, useId, useRef } from 'react';
import { CopyField } from './CopyField';
import { embedSnippet, embedUrl, type EmbedFrame, type EmbedPanel } from './embed';

export interface EmbedSpec {
  panel: EmbedPanel;
  /** The frame's title, for assistive technology: "OTS Atlas: GDP". */
  title: string;
  width: number;
  height: number;
}

interface EmbedDialogProps {
  spec: EmbedSpec;
  onClose: () => void;
}

function frameFor(spec: EmbedSpec): EmbedFrame {
  return { src: embedUrl(window.location.href, spec.panel), title: spec.title, width: spec.width, height: spec.height };
}

/** A modal dialog with the iframe code for one panel at the current view, and a button to copy it. */
export function EmbedDialog({ spec, onClose }: EmbedDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);
  const frame = frameFor(spec);

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={headingId} onClose={onClose} onCancel={onClose}>
      <h2 id={headingId} className="embed-dialog__title">
        Embed {spec.title.replace(/^OTS Atlas: /, '')}
      </h2>
      <p className="embed-dialog__text">
        Paste this into a web page to show the panel at the current view (selection, year and scope). It links back to
        the full atlas. <a href={frame.src} target="_blank" rel="noopener">Preview the panel on its own</a>.
      </p>
      <CopyField label="Copy code" name="Copy embed code" done="Code copied" text={() => embedSnippet(frameFor(spec))} showText multiline />
      <form method="dialog" className="embed-dialog__actions">
        <button type="submit" className="button" onClick={onClose}>
          Close
        </button>
      </form>
    </dialog>
  );
}
