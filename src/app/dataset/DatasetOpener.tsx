import { useEffect, useState } from 'react';
import { FileButton } from '../../ui/FileButton';

interface OpenerProps {
  open: (file: File) => void;
}

/** "Open dataset…": a file picker, plus dropping a file anywhere on the page. */
export function DatasetOpener({ open }: OpenerProps) {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget == null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) open(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  return (
    <>
      <FileButton label="Open dataset…" inputLabel="Open a dataset file" onFile={open} />
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a dataset file (.json) to open it
        </div>
      ) : null}
    </>
  );
}
