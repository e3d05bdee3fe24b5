import { useMemo } from 'react';
import { useDataset, useYear } from '../../state/hooks';
import { useActions, useSelectedEventId, useSelectedStateId } from '../../state/selectors';
import { Panel } from '../../ui/Panel';
import { PanelActions } from '../../ui/export/PanelActions';
import { useReportDrawn } from '../../ui/ready';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { timelineSubtitle } from './eventText';
import { Legend } from './Legend';
import { buildTimelineModel } from './model';
import { PlayButton } from './PlayButton';
import { usePlayer } from './usePlayer';
import { useTimelineExport } from './timeline-export';
import { useRovingFocus } from './useRovingFocus';
import { YearRow } from './YearRow';
import './timeline.css';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function MonthScale() {
  return (
    <div className="tl-months" aria-hidden="true">
      <span />
      <span className="tl-months__scale">
        {MONTHS.map((m) => (
          <span key={m}>{m}</span>
        ))}
      </span>
    </div>
  );
}

/**
 * Every summit and plan on a year-by-month grid: a row per year (years without one stay as honest gaps), each event
 * at its date: one known only to the month at that month's middle, reading the month alone ("April"), one known only
 * to the year across its row. Nothing is drawn outside the events' own boxes. One Tab stop; arrows, Home and End move through
 * the events in date order; Enter or Space selects. "Play summits" steps through the held summits.
 */
export function TimelineView() {
  const dataset = useDataset();
  const model = useMemo(() => buildTimelineModel(dataset), [dataset]);
  const year = useYear();
  const eventId = useSelectedEventId();
  const stateId = useSelectedStateId();
  const { eventSelected } = useActions();
  const reducedMotion = useReducedMotion();
  const selected = eventId != null ? model.byId.get(eventId) : undefined;
  const { groupRef, tabbableId, onFocus, onBlur, onKeyDown } = useRovingFocus(model.order, selected?.id ?? null, reducedMotion);
  const { playing, step, toggle, buttonRef } = usePlayer(model.stops, selected?.order ?? null);
  useReportDrawn('timeline');

  const { rows } = model.layout;
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  const hostName = stateId ? model.nameOf(stateId) : null;
  const hosted = stateId ? model.events.filter((e) => e.placed.event.hostId === stateId).length : 0;
  const subtitle = timelineSubtitle({ first, last, year, hostName, hosted });
  const exports = useTimelineExport(subtitle);

  return (
    <Panel
      id="timeline"
      title="Summits and milestones"
      subtitle={subtitle}
      actions={
        <div className="tl-actions">
          <PlayButton
            playing={playing}
            step={step}
            disabled={model.stops.length === 0}
            onToggle={toggle}
            buttonRef={buttonRef}
            announcement={playing && selected ? `Showing ${selected.name}` : ''}
          />
          <PanelActions exports={exports} />
        </div>
      }
    >
      <Legend kinds={model.kinds} hostName={hostName} />
      <p id="timeline-keys" className="tl-hint">
        Keyboard: Tab to the events; arrow keys move in date order, Home and End jump to the ends, Enter selects.
      </p>
      <div
        ref={groupRef}
        data-export="figure"
        className={`tl${reducedMotion ? ' tl--still' : ''}`}
        role="group"
        aria-label={first != null ? `Events by year, ${first} to ${last}` : 'Events'}
        aria-describedby="timeline-keys"
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      >
        <MonthScale />
        <ol className="tl-years">
          {rows.map((row) => (
            <YearRow
              key={row.year}
              row={row}
              models={model.byId}
              current={row.year === year}
              selectedEventId={selected?.id ?? null}
              tabbableId={tabbableId}
              selectedStateId={stateId}
              nameOf={model.nameOf}
              onSelect={eventSelected}
            />
          ))}
        </ol>
      </div>
    </Panel>
  );
}
