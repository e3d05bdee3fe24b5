import type { ReportedFigure } from '../../data/schema';
import { useDataset, useSources } from '../../state/hooks';
import { formatInteger } from '../../ui/format';
import { SourceRefs } from '../../ui/SourceRefs';

function Row({ figure }: { figure: ReportedFigure }) {
  const sources = useSources(figure.sources);
  const value = Number.isInteger(figure.value) ? formatInteger(figure.value) : String(figure.value);
  return (
    <li>
      {figure.label}
      {figure.year != null ? `, ${figure.year}` : ''}: <strong>{value}</strong> {figure.unit}
      {figure.note ? <span className="figure__detail">{figure.note}</span> : null}
      <SourceRefs sources={sources} label="Source" />
    </li>
  );
}

/** Figures reported for an entity outside the main series (e.g. Northern Cyprus's own statistics). */
export function ReportedFigures({ entityId }: { entityId: string }) {
  const dataset = useDataset();
  const figures = dataset.reportedFigures.filter((f) => f.entityId === entityId);
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="reported-title">
      <h4 id="reported-title" className="details__subheading">
        Other reported figures
      </h4>
      <p className="figure__detail">As reported by each source; not comparable with the World Bank series.</p>
      <ul className="history">
        {figures.map((f, i) => (
          <Row key={i} figure={f} />
        ))}
      </ul>
    </section>
  );
}
