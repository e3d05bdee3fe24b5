import type { Corridor } from '../../data/schema';
import { useDataset, useSources } from '../../state/hooks';
import { formatPartialDate } from '../../ui/format';
import { CORRIDOR_KIND_LABEL, CORRIDOR_STATUS_LABEL } from '../../ui/labels';
import { SourceRefs } from '../../ui/SourceRefs';
import { Figure } from './Figure';
import { EntityButtons } from './EntityButtons';

export function CorridorDetails({ corridor }: { corridor: Corridor }) {
  const dataset = useDataset();
  const sources = useSources(corridor.sources);
  const crosses = corridor.crosses.flatMap((id) => dataset.entities.find((e) => e.id === id) ?? []);
  return (
    <article aria-labelledby="corridor-details-name">
      <h3 id="corridor-details-name" className="details__heading">
        {corridor.name}
      </h3>
      <p className={`status-badge status-badge--${corridor.status}`}>
        {CORRIDOR_KIND_LABEL[corridor.kind]} · {CORRIDOR_STATUS_LABEL[corridor.status]}
      </p>
      {corridor.statusNote ? <p className="figure__detail">{corridor.statusNote}</p> : null}
      <dl className="figures">
        <Figure text label="Carries" value={corridor.mode} sources={corridor.sources} />
        <Figure
          text
          label="Length"
          value={corridor.length?.text ?? null}
          missingText="No length published"
          sources={corridor.length?.sources ?? []}
        />
        <Figure
          text
          label="Capacity"
          value={corridor.capacity?.text ?? null}
          missingText="No capacity published"
          sources={corridor.capacity?.sources ?? []}
        />
      </dl>
      {corridor.dates.length > 0 ? (
        <>
          <h4 className="details__subheading">Dates</h4>
          <ul className="history">
            {corridor.dates.map((d) => (
              <li key={d.label}>
                <time dateTime={d.date}>{formatPartialDate(d.date)}</time>: {d.label}
                {d.note ? <span className="figure__detail">{d.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 className="details__subheading">OTS states it crosses</h4>
      <EntityButtons entities={crosses} label="OTS states it crosses" />
      {corridor.otherCountries.length > 0 ? <p>Also through: {corridor.otherCountries.join(', ')}.</p> : null}
      <h4 className="details__subheading">Route</h4>
      <ol className="history">
        {corridor.waypoints.map((w, i) => (
          <li key={i}>
            {w.name} <span className="figure__detail">{w.role}{w.branch ? ` · ${w.branch}` : ''}</span>
            {w.location == null ? <span className="missing"> position not published</span> : null}
            {w.approximate ? <span className="approx"> approximate position</span> : null}
          </li>
        ))}
      </ol>
      {corridor.note ? <p className="figure__detail">{corridor.note}</p> : null}
      <SourceRefs sources={sources} />
    </article>
  );
}
