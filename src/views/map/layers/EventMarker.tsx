import { useMemo } from 'react';
import { divIcon } from 'leaflet';
import { Marker } from 'react-leaflet';
import type { Dataset, OtsEvent } from '../../../data/schema';
import { useDataset } from '../../../state/hooks';
import { useSelectedEventId } from '../../../state/selectors';
import { eventLabel } from '../../../ui/labels';
import { eventStatusText } from '../../../ui/event-status-text';
import { PANE } from '../panes';
import { publishers } from '../tooltip-content';
import { tooltipHandlers } from './bindModelTooltip';

function eventIcon(event: OtsEvent) {
  const html = document.createElement('span');
  html.className = 'map-event__label';
  html.textContent = event.city ?? '';
  return divIcon({ html, className: 'map-event', iconSize: [26, 26] });
}

function SelectedEvent({ dataset, event }: { dataset: Dataset; event: OtsEvent & { location: NonNullable<OtsEvent['location']> } }) {
  const icon = useMemo(() => eventIcon(event), [event]);
  const handlers = useMemo(
    () =>
      tooltipHandlers(() => ({
        title: event.city ?? event.title,
        subtitle: `Host of ${eventLabel(event)}`,
        rows: [],
        notes: [eventStatusText(event, dataset.asOf)],
        sources: publishers(dataset, event.sources),
      })),
    [dataset, event],
  );
  return (
    <Marker position={[event.location.lat, event.location.lon]} icon={icon} keyboard={false} zIndexOffset={1000} pane={PANE.places} eventHandlers={handlers} />
  );
}

/** The host city of the selected event. */
export function EventMarker() {
  const dataset = useDataset();
  const eventId = useSelectedEventId();
  const event = dataset.events.find((e) => e.id === eventId);
  if (!event?.location) return null;
  return <SelectedEvent key={event.id} dataset={dataset} event={{ ...event, location: event.location }} />;
}
