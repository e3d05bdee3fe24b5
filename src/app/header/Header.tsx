import type { ReactNode } from 'react';
import { formatPartialDate } from '../../ui/format';
import type { Dataset } from '../../data/schema';
import { YearControl } from './YearControl';
import { ScopeSwitch } from './ScopeSwitch';
import { ShareControls } from './ShareControls';

interface HeaderProps {
  dataset: Dataset | undefined;
  datasetName: string;
  /** The "open dataset" control. */
  opener: ReactNode;
}

export function Header({ dataset, datasetName, opener }: HeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">OTS Atlas</h1>
        <p className="app-header__subtitle">
          {dataset ? (
            <>
              {dataset.title} · data as of <time dateTime={dataset.asOf}>{formatPartialDate(dataset.asOf)}</time> ·{' '}
              <span className="app-header__file">{datasetName}</span>
            </>
          ) : (
            'Organization of Turkic States'
          )}
        </p>
      </div>
      {dataset ? (
        <div className="app-header__controls">
          <YearControl />
          <ScopeSwitch />
          {opener}
          <ShareControls dataset={dataset} />
        </div>
      ) : (
        <div className="app-header__controls">{opener}</div>
      )}
    </header>
  );
}
