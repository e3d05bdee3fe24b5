import { memo } from 'react';
import type { SeriesEntity } from '../../data/series';
import { colourOf, TOTAL_COLOUR } from './palette';

interface SeriesLegendProps {
  label: string;
  entities: readonly SeriesEntity[];
  highlighted: ReadonlySet<string>;
  /** A line that is not a state (the OTS combined figure), shown as a key without a button. */
  extra?: string | null;
  /** Stacked areas read bottom to top; the legend lists them in that order, left to right. */
  onPick: (id: string) => void;
}

/** The key to the series, and the keyboard's way to select a state: each state is a toggle button. */
export const SeriesLegend = memo(function SeriesLegend({ label, entities, highlighted, extra, onPick }: SeriesLegendProps) {
  return (
    <ul className="chart-legend" aria-label={label} data-export="legend">
      {entities.map((e, i) => {
        const on = highlighted.has(e.id);
        return (
          <li key={e.id}>
            <button
              type="button"
              className={`chart-legend__item${on ? ' is-highlighted' : ''}`}
              aria-pressed={on}
              data-series={e.id}
              onClick={() => onPick(e.id)}
            >
              <span className="chart-swatch" style={{ background: colourOf(e.id, i) }} aria-hidden="true" />
              {e.name}
            </button>
          </li>
        );
      })}
      {extra ? (
        <li className="chart-legend__extra">
          <span className="chart-swatch chart-swatch--dashed" style={{ borderColor: TOTAL_COLOUR }} aria-hidden="true" />
          {extra}
        </li>
      ) : null}
    </ul>
  );
});
