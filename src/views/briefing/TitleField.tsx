import { useState } from 'react';

interface TitleFieldProps {
  value: string;
  label: string;
  onCommit: (title: string) => void;
}

/**
 * A slide's title, edited as a draft: it is saved as the user types while it is not empty; an empty title is not
 * saved, and leaving the field empty puts the saved title back.
 */
export function TitleField({ value, label, onCommit }: TitleFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The saved title changed from elsewhere (an import, a reset): show it.
    setShown(value);
    setDraft(value);
  }
  const empty = draft.trim() === '';
  return (
    <label className="slide-row__title">
      <span className="visually-hidden">{label}</span>
      <input
        type="text"
        value={draft}
        maxLength={120}
        required
        aria-invalid={empty}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value.trim() !== '') {
            setShown(e.target.value);
            onCommit(e.target.value);
          }
        }}
        onBlur={() => {
          if (empty) setDraft(value);
        }}
      />
    </label>
  );
}
