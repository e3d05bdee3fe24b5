import type { ReactNode } from 'react';
import { formatPartialDate } from '../../ui/format';
import type { Dataset } from '../../data/schema';
import { YearControl } from './YearControl';
import { ScopeSwitch } from './ScopeSwitch';
import { useCurrentView } from '../../state/briefing';
import { knownValues } from '../../state/hooks';
import { describeView } from '../../views/briefing/slide-from-view';
import { ShareControls } from './ShareControls';
import { printEveryView } from '../../ui/draw-when-seen';

interface HeaderProps {
  dataset: Dataset | undefined;
  datasetName: string;
  /** The "open dataset" control. */
  opener: ReactNode;
  /** Opens the briefing editor (slides, presenting, export and import). */
  onOpenBriefing: () => void;
  /** Set while a file the user opened is in use: back to the dataset the atlas ships with. */
  onBundled?: (() => void) | undefined;
}

export function Header({ dataset, datasetName, opener, onOpenBriefing, onBundled }: HeaderProps) {
  const view = useCurrentView();
  const viewLine = dataset ? `This view: ${describeView(view, dataset, knownValues(dataset).defaultYear)}` : null;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">OTS Atlas</h1>
        <p className="app-header__subtitle">
          {dataset ? (
            <>
              {dataset.title} · data as of <time dateTime={dataset.asOf}>{formatPartialDate(dataset.asOf)}</time> ·{' '}
              <span className="app-header__file">{datasetName}</span>
              {onBundled ? (
                <>
                  {' '}
                  <button type="button" className="button button--quiet button--inline" onClick={onBundled}>
                    Back to the bundled dataset
                  </button>
                </>
              ) : null}
            </>
          ) : (
            'Organization of Turkic States'
          )}
        </p>
        {viewLine ? <p className="app-header__view print-only">{viewLine}</p> : null}
      </div>
      {dataset ? (
        <div className="app-header__controls">
          <YearControl />
          <ScopeSwitch />
          <button type="button" className="button" onClick={onOpenBriefing} aria-haspopup="dialog">
            Briefing…
          </button>
          <button type="button" className="button" onClick={() => void printEveryView()}>
            Print…
          </button>
          {opener}
          <ShareControls dataset={dataset} />
        </div>
      ) : (
        <div className="app-header__controls">{opener}</div>
      )}
    </header>
  );
}
