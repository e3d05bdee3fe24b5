import type { Dataset } from '../../data/schema';
import { statusInYear } from '../../data/derive';
import type { GdpSeries } from '../../data/series';
import { formatPartialDate } from '../../ui/format';
import type { EventMarker } from './axis';

interface GdpNotesProps {
  dataset: Dataset;
  series: GdpSeries;
  stateId: string | null;
  year: number;
  event: EventMarker | null;
  onIncludeObservers: () => void;
}

/** What the markers mean, and why a selection made elsewhere may not show in the chart. */
export function GdpNotes({ dataset, series, stateId, year, event, onIncludeObservers }: GdpNotesProps) {
  const first = series.rows[0]?.year;
  const last = series.rows[series.rows.length - 1]?.year;
  const selected = stateId == null ? undefined : dataset.entities.find((e) => e.id === stateId);
  const absent = selected && !series.entities.some((e) => e.id === selected.id) ? selected : undefined;
  const observer = absent ? statusInYear(absent, series.todayYear) === 'observer' : false;
  const inRange = first != null && last != null && year >= first && year <= last;
  return (
    <div className="chart-notes">
      <p className="chart-key">
        {inRange ? (
          <span className="chart-key__item">
            <span className="chart-key__line chart-key__line--year" aria-hidden="true" /> Selected year: {year}
          </span>
        ) : (
          <span className="chart-key__item">
            No GDP figures for {year}: the series run from {first} to {last}.
          </span>
        )}
        {event ? (
          <span className="chart-key__item">
            <span className="chart-key__line chart-key__line--event" aria-hidden="true" /> {event.title},{' '}
            {formatPartialDate(event.date)}
          </span>
        ) : null}
      </p>
      {absent ? (
        <p className="chart-notice" role="status">
          {absent.name} is {observer ? 'an observer, not counted with the members' : 'not counted in this view'}.{' '}
          {observer && series.options.scope === 'members' ? (
            <button type="button" className="button button--quiet" onClick={onIncludeObservers}>
              Include observers
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
