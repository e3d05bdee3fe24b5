import { useState } from 'react';
import type { Dataset } from '../data/schema';
import { knownValues } from '../state/hooks';
import { useChosenYear, useScope, useSelectedCorridorId, useSelectedEventId, useSelectedStateId } from '../state/selectors';
import { announcement, sameAnnouncedView, type AnnouncedView } from './announcement';

/**
 * A polite live region that says, in one sentence, what a change of selection, year or scope did. It is in the page
 * from the start (a region added with its text is not read), and says nothing until the first change.
 */
export function SelectionAnnouncer({ dataset }: { dataset: Dataset | undefined }) {
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const eventId = useSelectedEventId();
  const chosenYear = useChosenYear();
  const scope = useScope();
  const year = chosenYear ?? (dataset ? knownValues(dataset).defaultYear : null);
  const current: AnnouncedView | null = year == null ? null : { stateId, corridorId, eventId, year, scope };

  const [previous, setPrevious] = useState(current);
  const [message, setMessage] = useState('');
  // Adjusting state while rendering (React's pattern for "when this value changes"): no effect, no extra frame.
  if (current && dataset && (!previous || !sameAnnouncedView(previous, current))) {
    setPrevious(current);
    const text = previous ? announcement(dataset, previous, current) : null;
    if (text) setMessage(text);
  }

  return (
    <p className="visually-hidden announcer" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
