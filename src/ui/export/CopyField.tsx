import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
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

const REFUSED = 'The clipboard is not available here: the text is selected, copy it with Ctrl+C or ⌘C';

/** One of the button's two faces; both take their place, so the button is as wide as the wider of them. */
const face = (shown: boolean): CSSProperties => ({ visibility: shown ? 'visible' : 'hidden' });

/**
 * A copy button whose confirmation never moves what is around it: the button's face turns to "✓ Link copied" (the
 * button is always as wide as either face), and when the clipboard is refused the text appears selected in a box laid
 * over the page beneath the button, for the user to copy by hand, until it is closed.
 */
export function CopyField({ label, name, done, text, showText = false, multiline = false }: CopyFieldProps) {
  const [state, setState] = useState<{ status: 'idle' | 'copied' | 'refused'; value: string }>(() => ({ status: 'idle', value: showText ? text() : '' }));
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (state.status === 'refused') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState((s) => ({ ...s, status: 'idle' })), 4000);
    return () => clearTimeout(timer);
  }, [state.status]);

  const copy = async () => {
    const value = text();
    setState({ status: (await copyText(value)) ? 'copied' : 'refused', value });
  };
  const close = () => {
    setState((s) => ({ ...s, status: 'idle' }));
    buttonRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const copied = state.status === 'copied';
  const refused = state.status === 'refused';
  const Field = multiline ? 'textarea' : 'input';
  const field = (
    <Field id={fieldId} ref={fieldRef} className="copy-field__text" readOnly value={state.value} rows={multiline ? 4 : undefined} onFocus={(e) => e.currentTarget.select()} />
  );

  return (
    <div className="copy-field">
      {showText ? (
        <>
          <label className="copy-field__label" htmlFor={fieldId}>
            Code to paste
          </label>
          {field}
        </>
      ) : null}
      <span className="copy-field__row">
        <button ref={buttonRef} type="button" className="button copy-field__button" aria-label={name} onClick={() => void copy()}>
          <span className="copy-field__face" style={face(!copied)}>
            {label}
          </span>
          <span className="copy-field__face copy-field__face--done" style={face(copied)}>
            ✓ {done}
          </span>
        </button>
        <span className="visually-hidden" aria-live="polite">
          {copied ? done : refused ? REFUSED : ''}
        </span>
      </span>
      {refused ? (
        <div className="copy-field__fallback" role="group" aria-label="Copy by hand" onKeyDown={onKeyDown}>
          {showText ? (
            <p className="copy-field__label">{REFUSED}</p>
          ) : (
            <>
              <label className="copy-field__label" htmlFor={fieldId}>
                {REFUSED}
              </label>
              {field}
            </>
          )}
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      ) : null}
    </div>
  );
}
