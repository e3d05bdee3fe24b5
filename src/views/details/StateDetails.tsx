import type { Entity } from '../../data/schema';
import { latestPointBefore, pointFor, statusInYear } from '../../data/derive';
import type { Indicator } from '../../data/schema';
import { useDataset, useSources, useYear } from '../../state/hooks';
import { formatKm2, formatPartialDate, formatPersons, formatSqMi, formatUsd } from '../../ui/format';
import { SourceRefs } from '../../ui/SourceRefs';
import { Figure } from './Figure';
import { StatusHistory } from './StatusHistory';
import { RelatedLinks } from './RelatedLinks';
import { ReportedFigures } from './ReportedFigures';

const STATUS_LABEL = { member: 'Member', observer: 'Observer' } as const;

/** Beside a missing figure, the latest earlier one with its year and sources: missing stays missing. */
function latestOf(indicator: Indicator, entityId: string, year: number, format: (v: number) => string) {
  const latest = latestPointBefore(indicator, entityId, year);
  if (!latest) return null;
  const series = indicator.series.find((s) => s.entityId === entityId);
  return { text: format(latest.value), year: latest.year, sources: latest.sources ?? series?.sources ?? [] };
}

/** A state's facts and status history, under a heading with its name. */
export function StateDetails({ entity }: { entity: Entity }) {
  const dataset = useDataset();
  const year = useYear();
  const status = statusInYear(entity, year);
  const population = pointFor(dataset.indicators.population, entity.id, year);
  const gdp = pointFor(dataset.indicators.gdp, entity.id, year);
  const recognitionSources = useSources(entity.recognition?.sources ?? []);
  const joined = entity.statusHistory[0];

  return (
    <article className="state-details" aria-labelledby="state-details-name">
      <h3 id="state-details-name" className="details__heading">
        {entity.name}
      </h3>
      {entity.officialName ? <p className="details__official">{entity.officialName}</p> : null}
      <p className={`status-badge status-badge--${status ?? 'none'}`}>
        {status ? `${STATUS_LABEL[status]} in ${year}` : `Not yet a member or observer in ${year}`}
        {joined && !status ? ` (${joined.status} from ${formatPartialDate(joined.date)})` : ''}
      </p>
      {entity.recognition ? (
        <div className="note note--warning">
          <p>{entity.recognition.note}</p>
          <SourceRefs sources={recognitionSources} label="Source" />
        </div>
      ) : null}
      <dl className="figures">
        <Figure text label="Capital" value={entity.capital.name} sources={entity.capital.sources} />
        <Figure
          label="Area"
          value={formatKm2(entity.area.totalKm2)}
          detail={formatSqMi(entity.area.totalKm2)}
          sources={entity.area.sources}
        />
        <Figure
          label={`Population, ${year}`}
          value={population ? formatPersons(population.point.value) : null}
          missingText={`No ${year} figure`}
          latest={latestOf(dataset.indicators.population, entity.id, year, formatPersons)}
          detail={population?.point.note}
          sources={population?.sources ?? []}
        />
        <Figure
          label={`GDP, ${year} (current US$)`}
          value={gdp ? formatUsd(gdp.point.value) : null}
          missingText={`No ${year} figure`}
          latest={latestOf(dataset.indicators.gdp, entity.id, year, formatUsd)}
          detail={gdp?.point.note}
          sources={gdp?.sources ?? []}
        />
        <Figure
          text
          label="Official language"
          value={entity.officialLanguage.value}
          detail={entity.officialLanguage.note}
          sources={entity.officialLanguage.sources}
        />
        <Figure text label="Script" value={entity.script.value} detail={entity.script.note} sources={entity.script.sources} />
      </dl>
      <StatusHistory entity={entity} />
      <ReportedFigures entityId={entity.id} />
      <RelatedLinks entityId={entity.id} />
    </article>
  );
}
