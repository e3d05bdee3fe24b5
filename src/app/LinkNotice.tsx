import { useState } from 'react';
import type { Dropped } from '../state/url-state';
import { formatInteger } from '../ui/format';

/** Longest value or name echoed from a link; the rest is cut, with its length said. */
const MAX_ECHO = 40;
/** Most ignored values listed; the rest are counted. */
const MAX_LISTED = 5;

/** A value from a link as the notice shows it: whole when short, else its start and its length. */
export function echo(text: string): string {
  if (text.length <= MAX_ECHO) return text;
  return `${text.slice(0, MAX_ECHO)}… (${formatInteger(text.length)} characters)`;
}

/**
 * Says which parts of a link were ignored, and why; the rest of the link still applies. What it echoes is short,
 * whatever the link held: long values are cut, and past five the rest are counted.
 */
export function LinkNotice({ dropped }: { dropped: Dropped[] }) {
  const [dismissed, setDismissed] = useState<Dropped[] | null>(null);
  if (dropped.length === 0 || dismissed === dropped) return null;
  const listed = dropped.slice(0, MAX_LISTED);
  const more = dropped.length - listed.length;
  return (
    <div className="notice-slot">
      <p className="notice" role="status">
        Ignored from the link:{' '}
        {listed.map((d, i) => (
          <span key={d.param + i}>
            {i > 0 ? '; ' : ''}
            <code>
              {echo(d.param)}={echo(d.value)}
            </code>{' '}
            ({d.reason})
          </span>
        ))}
        {more > 0 ? `; and ${formatInteger(more)} more` : ''}.{' '}
        <button type="button" className="button button--quiet" onClick={() => setDismissed(dropped)}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
