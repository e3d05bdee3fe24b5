import type { Entity, StatusChange } from '../../data/schema';
import { useSources } from '../../state/hooks';
import { formatPartialDate } from '../../ui/format';
import { SourceRefs } from '../../ui/SourceRefs';

function Change({ change }: { change: StatusChange }) {
  const sources = useSources(change.sources);
  return (
    <li>
      <time dateTime={change.date}>{formatPartialDate(change.date)}</time>: <strong>{change.status === 'member' ? 'Member' : 'Observer'}</strong> ({change.via})
      {change.note ? <span className="figure__detail">{change.note}</span> : null}
      <SourceRefs sources={sources} label="Source" />
    </li>
  );
}

export function StatusHistory({ entity }: { entity: Entity }) {
  return (
    <section aria-labelledby="status-history-title">
      <h4 id="status-history-title" className="details__subheading">
        Status history
      </h4>
      <ol className="history">
        {entity.statusHistory.map((change) => (
          <Change key={`${change.date}-${change.status}`} change={change} />
        ))}
      </ol>
    </section>
  );
}
