import type { OtsEvent } from '../../data/schema';
import { useDataset, useSources } from '../../state/hooks';
import { formatDateSpan } from '../../ui/format';
import { EVENT_KIND_LABEL } from '../../ui/labels';
import { eventStatusNote, eventStatusText } from '../../ui/event-status-text';
import { SourceRefs } from '../../ui/SourceRefs';
import { EntityButtons } from './EntityButtons';

export function EventDetails({ event }: { event: OtsEvent }) {
  const dataset = useDataset();
  const sources = useSources(event.sources);
  const host = dataset.entities.find((e) => e.id === event.hostId);
  const place = event.online ? 'Online (videoconference)' : [event.city ?? 'City not announced', host?.name].filter(Boolean).join(', ');
  return (
    <article aria-labelledby="event-details-name">
      <h3 id="event-details-name" className="details__heading">
        {event.title}
      </h3>
      <p className={`status-badge status-badge--${event.status}`}>
        {EVENT_KIND_LABEL[event.kind]} · {eventStatusText(event, dataset.asOf)}
        {event.numberInferred ? ' · numbering inferred' : ''}
      </p>
      {eventStatusNote(event, dataset.asOf) ? <p className="figure__detail">{eventStatusNote(event, dataset.asOf)}</p> : null}
      <p className="details__meta">
        <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate)}</time> · {place}
      </p>
      {event.dateNote ? <p className="figure__detail">{event.dateNote}</p> : null}
      <h4 className="details__subheading">Theme</h4>
      {event.theme ? <p>{event.theme}</p> : <p className="missing">No theme recorded</p>}
      <h4 className="details__subheading">Outcomes</h4>
      {event.outcomes.length > 0 ? (
        <ul className="history">
          {event.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : (
        <p className="missing">No outcomes recorded</p>
      )}
      {event.membershipChanges.length > 0 ? (
        <>
          <h4 className="details__subheading">Membership changes</h4>
          <ul className="history">
            {event.membershipChanges.map((c) => (
              <li key={c.entityId}>
                {dataset.entities.find((e) => e.id === c.entityId)?.name ?? c.entityId}: {c.status}
                {c.note ? <span className="figure__detail">{c.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {host ? (
        <>
          <h4 className="details__subheading">Host</h4>
          <EntityButtons entities={[host]} label="Host" />
        </>
      ) : null}
      {event.note ? <p className="figure__detail">{event.note}</p> : null}
      <SourceRefs sources={sources} />
    </article>
  );
}
