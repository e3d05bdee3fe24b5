import { memo, type CSSProperties } from 'react';
import type { YearRow as Row } from '../../data/timeline';
import { EventButton } from './EventButton';
import { timelineEventDescription, type NameOf } from './eventText';
import type { EventModel } from './model';

interface YearRowProps {
  row: Row;
  models: ReadonlyMap<string, EventModel>;
  /** The year every view follows. */
  current: boolean;
  selectedEventId: string | null;
  tabbableId: string | null;
  selectedStateId: string | null;
  nameOf: NameOf;
  onSelect: (id: string, year: number) => void;
}

/** One year of the timeline: its label on the axis, and its events by date (or an honest gap). */
export const YearRow = memo(function YearRow(props: YearRowProps) {
  const { row, models, current, selectedEventId, tabbableId, selectedStateId, nameOf, onSelect } = props;
  const events = row.events.flatMap((p) => models.get(p.event.id) ?? []);
  const className = ['tl-year', current ? 'is-current' : '', events.length === 0 ? 'tl-year--empty' : ''].filter(Boolean).join(' ');
  return (
    <li className={className}>
      <span className="tl-year__label">
        {row.year}
        {current ? <span className="visually-hidden"> (selected year)</span> : null}
      </span>
      <div className="tl-year__plot" style={{ '--lanes': row.lanes } as CSSProperties}>
        {events.length === 0 ? <span className="tl-year__gap">No summit recorded</span> : null}
        {events.map((model) => (
          <EventButton
            key={model.id}
            model={model}
            description={timelineEventDescription(model.placed.event, nameOf, selectedStateId)}
            tabbable={model.id === tabbableId}
            selected={model.id === selectedEventId}
            hosted={selectedStateId != null && model.placed.event.hostId === selectedStateId}
            onSelect={onSelect}
          />
        ))}
      </div>
    </li>
  );
});
