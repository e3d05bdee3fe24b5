import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './clipboard';

interface CopyFieldProps {
  /** The button's visible text: "Copy link". */
  label: string;
  /** Its accessible name when the visible text is not enough: "Copy link to this view". */
  name?: string;
  /** Said once copied: "Link copied". */
  done: string;
  /** The text to copy, read at the moment of copying (the view may have changed). */
  text: () => string;
  /** Show the text in a field from the start (the embed snippet), rather than only when copying fails. */
  showText?: boolean;
  multiline?: boolean;
}

/**
 * A copy button with a visible confirmation. When the clipboard is refused, the text appears in a field, selected,
 * for the user to copy by hand.
 */
export function CopyField({ label, name, done, text, showText = false, multiline = false }: CopyFieldProps) {
  const [state, setState] = useState<{ status: 'idle' | 'copied' | 'refused'; value: string }>(() => ({ status: 'idle', value: showText ? text() : '' }));
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (state.status === 'refused') fieldRef.current?.select();
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState((s) => ({ ...s, status: 'idle' })), 4000);
    return () => clearTimeout(timer);
  }, [state.status]);

  const copy = async () => {
    const value = text();
    setState({ status: (await copyText(value)) ? 'copied' : 'refused', value });
  };
  const fieldShown = showText || state.status === 'refused';
  const Field = multiline ? 'textarea' : 'input';

  return (
    <div className="copy-field">
      {fieldShown ? (
        <>
          <label className="copy-field__label" htmlFor={fieldId}>
            {state.status === 'refused' ? 'The clipboard is not available here: the text is selected, copy it with Ctrl+C or ⌘C' : 'Code to paste'}
          </label>
          <Field id={fieldId} ref={fieldRef} className="copy-field__text" readOnly value={state.value} rows={multiline ? 4 : undefined} onFocus={(e) => e.currentTarget.select()} />
        </>
      ) : null}
      <span className="copy-field__row">
        <button type="button" className="button" aria-label={name} onClick={() => void copy()}>
          {label}
        </button>
        <span className="copy-field__status" aria-live="polite">
          {state.status === 'copied' ? `✓ ${done}` : ''}
        </span>
      </span>
    </div>
  );
}
