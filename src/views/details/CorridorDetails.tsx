import type { Corridor } from '../../data/schema';
import { corridorLook, corridorStatuses } from '../../data/corridor-status';
import { useDataset, useSources, useYear } from '../../state/hooks';
import { CORRIDOR_KIND_LABEL } from '../../ui/labels';
import { corridorStatusLabel } from '../../ui/corridor-status-text';
import { SourceRefs } from '../../ui/SourceRefs';
import { Figure } from './Figure';
import { EntityButtons } from './EntityButtons';
import { CorridorStatus } from './CorridorStatus';
import { CorridorMilestones } from './CorridorMilestones';

export function CorridorDetails({ corridor }: { corridor: Corridor }) {
  const dataset = useDataset();
  const year = useYear();
  const status = corridorStatuses(dataset, year).get(corridor.id)!;
  const sources = useSources(corridor.sources);
  const crosses = corridor.crosses.flatMap((id) => dataset.entities.find((e) => e.id === id) ?? []);
  return (
    <article aria-labelledby="corridor-details-name">
      <h3 id="corridor-details-name" className="details__heading">
        {corridor.name}
      </h3>
      <p className={`status-badge status-badge--corridor status-badge--${corridorLook(status)}`}>
        {CORRIDOR_KIND_LABEL[corridor.kind]} · {corridorStatusLabel(status)} in {year}
      </p>
      <CorridorStatus corridor={corridor} status={status} />
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
      <h4 className="details__subheading">Milestones and dates</h4>
      <CorridorMilestones corridor={corridor} status={status} />
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
