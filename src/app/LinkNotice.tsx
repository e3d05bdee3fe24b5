import { useState } from 'react';
import type { Dropped } from '../state/url-state';

/** Says which parts of a link were ignored, and why; the rest of the link still applies. */
export function LinkNotice({ dropped }: { dropped: Dropped[] }) {
  const [dismissed, setDismissed] = useState<Dropped[] | null>(null);
  if (dropped.length === 0 || dismissed === dropped) return null;
  return (
    <div className="notice-slot">
      <p className="notice" role="status">
        Ignored from the link:{' '}
        {dropped.map((d, i) => (
          <span key={d.param + i}>
            {i > 0 ? '; ' : ''}
            <code>
              {d.param}={d.value}
            </code>{' '}
            ({d.reason})
          </span>
        ))}
        .{' '}
        <button type="button" className="button button--quiet" onClick={() => setDismissed(dropped)}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
