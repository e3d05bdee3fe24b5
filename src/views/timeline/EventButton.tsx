import { memo, type CSSProperties } from 'react';
import type { PlacedEvent } from '../../data/timeline';
import { Glyph, HostPin } from './Glyph';
import type { EventModel } from './model';
import { NO_REPORT } from '../../ui/event-status-text';

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** Position on the row, as custom properties that timeline.css turns into place (or ignores on narrow screens). */
function placement(placed: PlacedEvent): CSSProperties {
  return {
    '--x': percent(placed.anchor),
    '--w': percent(placed.box[1] - placed.box[0]),
    '--lane': placed.lane,
  } as CSSProperties;
}

interface EventButtonProps {
  model: EventModel;
  /** Accessible description; empty for none. */
  description: string;
  tabbable: boolean;
  selected: boolean;
  /** Hosted by the selected state. */
  hosted: boolean;
  onSelect: (id: string, year: number) => void;
}

/** An event on its year's row: a button named for what, where and when, with its kind, date, status and badges. */
export const EventButton = memo(function EventButton({ model, description, tabbable, selected, hosted, onSelect }: EventButtonProps) {
  const { placed } = model;
  const { event } = placed;
  const descriptionId = `timeline-event-${model.id}-description`;
  const className = [
    'tl-event',
    `tl-event--${placed.side}`,
    `tl-kind--${event.kind}`,
    event.status === 'held' ? 'tl-event--held' : 'tl-event--not-held',
    selected ? 'is-selected' : '',
    hosted ? 'is-hosted' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <button
        type="button"
        className={className}
        style={placement(placed)}
        data-event-id={model.id}
        tabIndex={tabbable ? 0 : -1}
        aria-label={model.name}
        aria-describedby={description ? descriptionId : undefined}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(model.id, model.year)}
      >
        <Glyph kind={event.kind} held={event.status === 'held'} number={event.number} />
        {hosted ? <HostPin /> : null}
        <span className="tl-event__label">{model.label}</span>
        <span className="tl-event__date">{model.date}</span>
        {model.status ? <span className={`tl-tag tl-tag--status${model.status === NO_REPORT ? ' tl-tag--no-report' : ''}`}>{model.status}</span> : null}
        {model.badges.map((b) => (
          <span key={b.key} className={`tl-tag tl-tag--${b.status}`}>
            {b.text}
          </span>
        ))}
      </button>
      {description ? (
        <span id={descriptionId} hidden>
          {description}
        </span>
      ) : null}
    </>
  );
});
