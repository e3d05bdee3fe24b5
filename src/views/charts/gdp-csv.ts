/** The GDP panel's numbers as a CSV document: exactly the values charted, at full precision, with units and sources. */
import type { Dataset, Source } from '../../data/schema';
import type { GdpSeries } from '../../data/series';
import type { CsvDocument, CsvValue } from '../../ui/csv';
import { citationLines } from '../../ui/citation';
import { MISSING_TEXT, PER_PERSON_NOTE, ruleStatement, scopeWords, totalLabel, type GdpView } from './gdp-text';

/** A source as `# Source:` comment lines: the citation, then the copy it was retrieved from and any caveat, indented. */
export function sourceLines(s: Source): string[] {
  return citationLines(s).map((line, i) => (i === 0 ? `Source: ${line}` : `  ${line}`));
}

export function gdpCsv(dataset: Dataset, series: GdpSeries, view: GdpView, sources: readonly Source[]): CsvDocument {
  const perPerson = series.options.measure === 'per-person';
  const withTotal = view !== 'lines';
  const { gdp, population } = dataset.indicators;
  const first = series.rows[0]?.year;
  const last = series.rows[series.rows.length - 1]?.year;
  const unit = perPerson ? `current US$ per person, ${PER_PERSON_NOTE}` : gdp.unit;
  const meta = [
    `OTS Atlas: ${perPerson ? 'GDP per person' : 'GDP'}, ${scopeWords(series.options.scope)}, ${first}–${last}`,
    `Unit: ${unit}. Values at full precision as held; an empty field is a missing value, never zero.`,
    `Rule: ${ruleStatement(series)}`,
    `GDP: ${gdp.label}, ${gdp.vintage}.${perPerson ? ` Population: ${population.label}, ${population.vintage}.` : ''}`,
    ...sources.flatMap(sourceLines),
    `Data as of ${dataset.asOf}.`,
  ];
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const header = [
    'year',
    ...series.entities.map((e) => e.name),
    ...(withTotal ? [totalLabel(series), `${totalLabel(series)} leaves out`] : []),
    'missing values',
  ];
  const rows = series.years.map(({ year, cells, total }): CsvValue[] => {
    const missing = series.entities.flatMap((e) => {
      const reason = cells[e.id]?.missing;
      return reason ? [`${e.name}: ${MISSING_TEXT[reason].text}`] : [];
    });
    return [
      year,
      ...series.entities.map((e) => cells[e.id]?.value ?? null),
      ...(withTotal ? [total.value, total.excluded.map((id) => names.get(id) ?? id).join('; ')] : []),
      missing.join('; '),
    ];
  });
  return { meta, header, rows };
}
