import { useRef } from 'react';

interface FileButtonProps {
  /** The button's text: "Open dataset…". */
  label: string;
  /** The file input's accessible name: "Open a dataset file". */
  inputLabel: string;
  onFile: (file: File) => void;
}

/** A button that opens the file picker for a JSON file; the same file can be chosen again. */
export function FileButton({ label, inputLabel, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </>
  );
}
