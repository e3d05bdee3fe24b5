import { ErrorState } from '../../ui/ErrorState';
import { useOpenProgress } from './open-progress';
import { progressText } from './open-text';
import type { OpenOutcome } from './useOpenDataset';

interface NoticeProps {
  outcome: OpenOutcome;
  /** The name of the dataset in use. */
  inUse: string;
  onDismiss: () => void;
  onCancel: () => void;
  /** Shown once a file is in use: back to the dataset the atlas ships with. */
  onBundled?: (() => void) | undefined;
}

/** What happened to the last file the user opened: its progress while it is read, then what came of it. */
export function OpenOutcomeNotice({ outcome, inUse, onDismiss, onCancel, onBundled }: NoticeProps) {
  switch (outcome.kind) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="notice-slot">
          <OpenProgress name={outcome.name} onCancel={onCancel} />
        </div>
      );
    case 'failed':
      return (
        <div className="notice-slot">
          <ErrorState
            title={`Could not open ${outcome.name}`}
            summary={`${outcome.message} The dataset in use (${inUse}) is unchanged.`}
            problems={outcome.problems}
            total={outcome.total}
            stopped={outcome.stopped}
            onRetry={onDismiss}
            retryLabel="Dismiss"
          />
        </div>
      );
    default: {
      const text = {
        opened: `Opened ${outcome.name}${'summary' in outcome ? `: ${outcome.summary}` : ''}.`,
        cancelled: `Stopped opening ${outcome.name}. The dataset in use (${inUse}) is unchanged.`,
        bundled: `Back to the bundled dataset, ${inUse}; ${outcome.name} is closed.`,
      }[outcome.kind];
      return (
        <div className="notice-slot">
          <p className="notice" role="status">
            {text}{' '}
            {outcome.kind === 'opened' && onBundled ? (
              <button type="button" className="button button--quiet" onClick={onBundled}>
                Back to the bundled dataset
              </button>
            ) : null}{' '}
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              Dismiss
            </button>
          </p>
        </div>
      );
    }
  }
}

/** "Opening big.json · Step 3 of 4: checking the sources (45,000 of 99,000)", a bar, and Cancel. */
function OpenProgress({ name, onCancel }: { name: string; onCancel: () => void }) {
  const { label, fraction } = progressText(useOpenProgress((s) => s.progress));
  return (
    <div className="notice notice--progress">
      <p className="notice__line">
        {/* Announced once; the steps below change too often to be read out as they go. */}
        <strong className="notice__name" role="status">
          Opening {name}…
        </strong>{' '}
        <span>{label}</span>
      </p>
      <progress
        className="notice__bar"
        aria-label={`Opening ${name}`}
        max={1}
        {...(fraction == null ? {} : { value: Math.min(1, Math.max(0, fraction)) })}
      />
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
