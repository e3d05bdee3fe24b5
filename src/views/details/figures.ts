/** Formatting the derived totals for the details panel. */
import type { Total } from '../../data/derive';
import type { Dataset } from '../../data/schema';
import { formatList } from '../../ui/format';

export function entityNames(dataset: Dataset, ids: string[]): string {
  return formatList(ids.map((id) => dataset.entities.find((e) => e.id === id)?.name ?? id));
}

/** "Excludes Northern Cyprus (no 2023 figure)"; notes attached to the parts, such as a contested estimate. */
export function totalDetail(dataset: Dataset, total: Total, year: number): string | null {
  const notes: string[] = [];
  if (total.value != null && total.missing.length > 0) {
    notes.push(`Excludes ${entityNames(dataset, total.missing)} (no ${year} figure).`);
  }
  for (const part of total.parts) {
    if (part.note) notes.push(`Includes ${entityNames(dataset, [part.entityId])}: ${part.note}.`);
  }
  return notes.length > 0 ? notes.join(' ') : null;
}

/** The latest year before `year` for which the indicator has any figure, to point the reader to it. */
export function latestYearBefore(dataset: Dataset, key: 'gdp' | 'population', year: number): number | null {
  let latest: number | null = null;
  for (const series of dataset.indicators[key].series) {
    for (const p of series.points) if (p.year < year && (latest == null || p.year > latest)) latest = p.year;
  }
  return latest;
}
