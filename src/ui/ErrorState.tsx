import type { ReactNode } from 'react';
import { formatInteger } from './format';

export interface ProblemLine {
  path: string;
  message: string;
}

interface ErrorStateProps {
  title: string;
  summary: ReactNode;
  problems?: ProblemLine[];
  /** How many problems there are in all, when more were found than `problems` holds. */
  total?: number;
  /** Checking stopped before the end: `total` is a lower bound. */
  stopped?: boolean;
  /** How many problems to list before summarising the rest. */
  limit?: number;
  onRetry?: () => void;
  retryLabel?: string;
  children?: ReactNode;
}

/** An alert that says what failed and where, with a way to try again. */
export function ErrorState({ title, summary, problems = [], total, stopped = false, limit = 5, onRetry, retryLabel = 'Retry', children }: ErrorStateProps) {
  const shown = problems.slice(0, limit);
  const rest = Math.max(total ?? 0, problems.length) - shown.length;
  return (
    <div className="error-state" role="alert">
      <h2 className="error-state__title">{title}</h2>
      <p>{summary}</p>
      {shown.length > 0 ? (
        <ul className="error-state__problems">
          {shown.map((p, i) => (
            <li key={i}>
              {p.path ? <code>{p.path}</code> : <code>(file)</code>}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      {rest > 0 ? (
        <p>
          …and {stopped ? 'at least ' : ''}
          {formatInteger(rest)} more {rest === 1 ? 'problem' : 'problems'}.
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
      {children}
    </div>
  );
}
