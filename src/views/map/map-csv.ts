/**
 * The map's numbers as a CSV document: every state drawn, with its status in the year and its headline figures, then
 * every corridor. One file, one row per record; the `record` column says which kind a row is.
 */
import { pointFor, statusInYear, inScope, type Scope } from '../../data/derive';
import type { Dataset, Source } from '../../data/schema';
import type { CsvDocument, CsvValue } from '../../ui/csv';
import { CORRIDOR_KIND_LABEL, CORRIDOR_STATUS_LABEL } from '../../ui/labels';
import { citationCell, citationLines } from '../../ui/citation';
import { sourceIndex } from '../../data/source-index';

const STATUS_TEXT = { member: 'member', observer: 'observer', none: 'not yet a member or observer' } as const;

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** Every source behind what the map draws for a year: statuses, figures, areas and corridors. */
export function mapSourceIds(dataset: Dataset, year: number): string[] {
  return unique([
    ...dataset.entities.flatMap((e) => [
      ...e.statusHistory.filter((c) => Number(c.date.slice(0, 4)) <= year).flatMap((c) => c.sources),
      ...(pointFor(dataset.indicators.gdp, e.id, year)?.sources ?? []),
      ...(pointFor(dataset.indicators.population, e.id, year)?.sources ?? []),
      ...e.area.sources,
    ]),
    ...dataset.corridors.flatMap((c) => c.sources),
  ]);
}

export function mapCsv(dataset: Dataset, year: number, scope: Scope, sources: readonly Source[]): CsvDocument {
  const { gdp, population } = dataset.indicators;
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const byId = sourceIndex(dataset);
  const cite = (ids: readonly string[]) => unique(ids).flatMap((id) => { const s = byId.get(id); return s ? [citationCell(s)] : []; }).join('; ');
  const meta = [
    `OTS Atlas: the map in ${year}: members and observers with their figures for ${year}, and the corridors`,
    `Units: GDP in ${gdp.unit} (${gdp.label}, ${gdp.vintage}); population in ${population.unit} (${population.label}, ${population.vintage}); area in km².`,
    `Rule: status is the last change dated in or before ${year}; "counted" says whether the state is in the totals for the scope chosen (${scope === 'all' ? 'members and observers' : 'members'}). An empty field is a missing value, never zero.`,
    'Corridors are schematic: their status, length and capacity are as their sources state them.',
    ...sources.flatMap((s) => citationLines(s).map((line, i) => (i === 0 ? `Source: ${line}` : `  ${line}`))),
    `Data as of ${dataset.asOf}.`,
  ];
  const header = [
    'record', 'id', 'name', `status in ${year}`, 'counted', `GDP ${year} (${gdp.unit})`, `population ${year}`, 'area (km²)',
    'capital', 'kind', 'corridor status', 'crosses', 'length (km)', 'length as stated', 'capacity as stated', 'sources',
  ];
  const states = dataset.entities.map((e): CsvValue[] => {
    const status = statusInYear(e, year);
    const g = pointFor(gdp, e.id, year);
    const p = pointFor(population, e.id, year);
    const statusSources = e.statusHistory.filter((c) => Number(c.date.slice(0, 4)) <= year).flatMap((c) => c.sources);
    return [
      'state', e.id, e.name, STATUS_TEXT[status ?? 'none'], inScope(status, scope) ? 'yes' : 'no', g?.point.value ?? null, p?.point.value ?? null,
      e.area.totalKm2, e.capital.name, '', '', '', null, '', '',
      cite([...statusSources, ...(g?.sources ?? []), ...(p?.sources ?? []), ...e.area.sources]),
    ];
  });
  const corridors = dataset.corridors.map((c): CsvValue[] => [
    'corridor', c.id, c.name, '', '', null, null, null, '', CORRIDOR_KIND_LABEL[c.kind], CORRIDOR_STATUS_LABEL[c.status],
    [...c.crosses.map((id) => names.get(id) ?? id), ...c.otherCountries].join('; '), c.length?.km ?? null, c.length?.text ?? '',
    c.capacity?.text ?? '', cite([...c.sources, ...(c.length?.sources ?? []), ...(c.capacity?.sources ?? [])]),
  ]);
  return { meta, header, rows: [...states, ...corridors] };
}
