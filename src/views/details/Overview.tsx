import { useMemo } from 'react';
import { keyFigures, latestTotalBefore } from '../../data/derive';
import { checkClaims } from '../../data/claims';
import { useDataset, useYear } from '../../state/hooks';
import { useScope } from '../../state/selectors';
import { formatKm2, formatPersons, formatSqMi, formatUsd } from '../../ui/format';
import { Figure } from './Figure';
import { EntityButtons } from './EntityButtons';
import { ClaimsList } from './ClaimsList';
import { totalDetail } from './figures';

/** With nothing selected: the key figures for the year and scope, and the claims checked against them. */
export function Overview() {
  const dataset = useDataset();
  const year = useYear();
  const scope = useScope();
  const figures = useMemo(() => keyFigures(dataset, year, scope), [dataset, year, scope]);
  const checks = useMemo(() => checkClaims(dataset, { year, scope }), [dataset, year, scope]);
  const scopeLabel = scope === 'all' ? 'members and observers' : 'members';
  const counted = scope === 'all' ? [...figures.members, ...figures.observers] : figures.members;
  // Where the year has no figure, the latest earlier total for the same states, with its year and sources.
  const latest = (key: 'gdp' | 'population', format: (v: number) => string) => {
    const found = figures[key].value == null ? latestTotalBefore(dataset.indicators[key], counted, year) : null;
    if (!found || found.total.value == null) return null;
    return { text: format(found.total.value), year: found.year, sources: found.total.sources, detail: totalDetail(dataset, found.total, found.year, dataset.indicators[key], format) };
  };
  const population = latest('population', formatPersons);
  const gdp = latest('gdp', formatUsd);
  const sameStates = `For the ${counted.length} states counted in ${year}.`;

  return (
    <div className="overview">
      <h3 className="details__heading">
        The OTS in {year} <span className="details__scope">({scopeLabel})</span>
      </h3>
      <dl className="figures">
        <Figure
          label="Members"
          value={String(figures.members.length)}
          detail={figures.observers.length > 0 ? `and ${figures.observers.length} observers` : 'no observers yet'}
          sources={figures.membershipSources}
        />
        <Figure
          label={`Population, ${year}`}
          value={figures.population.value != null ? formatPersons(figures.population.value) : null}
          missingText={`No ${year} figure`}
          latest={population}
          detail={population ? [sameStates, population.detail].filter(Boolean).join(' ') : totalDetail(dataset, figures.population, year, dataset.indicators.population, formatPersons)}
          sources={figures.population.sources}
        />
        <Figure
          label={`GDP, ${year} (current US$)`}
          value={figures.gdp.value != null ? formatUsd(figures.gdp.value) : null}
          missingText={`No ${year} figure`}
          latest={gdp}
          detail={gdp ? [sameStates, gdp.detail].filter(Boolean).join(' ') : totalDetail(dataset, figures.gdp, year, dataset.indicators.gdp, formatUsd)}
          sources={figures.gdp.sources}
        />
        <Figure
          label="Area"
          value={figures.area.value != null ? formatKm2(figures.area.value) : null}
          detail={figures.area.value != null ? formatSqMi(figures.area.value) : null}
          sources={figures.area.sources}
        />
      </dl>
      <h4 className="details__subheading">Members in {year}</h4>
      <EntityButtons entities={figures.members} label={`Members in ${year}`} />
      <h4 className="details__subheading">Observers in {year}</h4>
      <EntityButtons entities={figures.observers} label={`Observers in ${year}`} />
      <ClaimsList checks={checks} />
    </div>
  );
}
