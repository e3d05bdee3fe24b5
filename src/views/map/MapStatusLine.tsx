import { useDataset } from '../../state/hooks';
import { useSelectedEventId } from '../../state/selectors';
import { eventLabel } from '../../ui/labels';

interface MapStatusLineProps {
  online: boolean;
  tilesFailed: boolean;
}

/** What the map shows that a glance might miss: an event with no place to mark, tiles that did not load. */
export function MapStatusLine({ online, tilesFailed }: MapStatusLineProps) {
  const dataset = useDataset();
  const eventId = useSelectedEventId();
  const event = dataset.events.find((e) => e.id === eventId);
  const messages: string[] = [];
  if (event) {
    if (event.location) messages.push(`Host city marked on the map: ${eventLabel(event)}.`);
    else if (event.online) messages.push(`${eventLabel(event)} was held online: there is no host city to mark.`);
    else messages.push(`${eventLabel(event)}: the host city has not been announced, so nothing is marked.`);
  }
  if (online && tilesFailed) {
    messages.push('Some OpenStreetMap tiles could not be loaded; the built-in basemap is still shown.');
  }
  return (
    <div className="map-view__status" aria-live="polite">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
