import { useDataset } from '../../state/hooks';
import { useActions, useSelectedCorridorId, useSelectedEventId, useSelectedStateId } from '../../state/selectors';
import { Panel } from '../../ui/Panel';
import { useReportDrawn } from '../../ui/ready';
import { Overview } from './Overview';
import { StateDetails } from './StateDetails';
import { CorridorDetails } from './CorridorDetails';
import { EventDetails } from './EventDetails';

/** The selection in words: a state, corridor or event, or the overview when nothing is selected. */
export function DetailsPanel() {
  const dataset = useDataset();
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const eventId = useSelectedEventId();
  const { selectionCleared } = useActions();
  useReportDrawn('details');

  const entity = dataset.entities.find((e) => e.id === stateId);
  const corridor = dataset.corridors.find((c) => c.id === corridorId);
  const event = dataset.events.find((e) => e.id === eventId);
  const selected = entity ?? corridor ?? event;

  return (
    <Panel
      id="details"
      title="Details"
      className="details"
      actions={
        selected ? (
          <button type="button" className="button button--quiet" onClick={selectionCleared}>
            Back to overview
          </button>
        ) : null
      }
    >
      {entity ? <StateDetails entity={entity} /> : null}
      {corridor ? <CorridorDetails corridor={corridor} /> : null}
      {event ? <EventDetails event={event} /> : null}
      {selected ? null : <Overview />}
    </Panel>
  );
}
