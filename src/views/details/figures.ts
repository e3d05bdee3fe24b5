/** Formatting the derived totals for the details panel. */
import { latestPointBefore, type Total } from '../../data/derive';
import type { Dataset, Indicator } from '../../data/schema';
import { formatList } from '../../ui/format';

export function entityNames(dataset: Dataset, ids: string[]): string {
  return formatList(ids.map((id) => dataset.entities.find((e) => e.id === id)?.name ?? id));
}

/**
 * "Excludes Northern Cyprus (no 2023 figure; latest: $4.2 bn in 2022)"; notes attached to the parts, such as a
 * contested estimate. A missing part's latest earlier figure is named beside it, with its year.
 */
export function totalDetail(dataset: Dataset, total: Total, year: number, indicator?: Indicator, format?: (v: number) => string): string | null {
  const notes: string[] = [];
  if (total.value != null && total.missing.length > 0) {
    const missing = total.missing.map((id) => {
      const latest = indicator && format ? latestPointBefore(indicator, id, year) : null;
      return `${entityNames(dataset, [id])} (no ${year} figure${latest ? `; latest: ${format!(latest.value)} in ${latest.year}` : ''})`;
    });
    notes.push(`Excludes ${formatList(missing)}.`);
  }
  for (const part of total.parts) {
    if (part.note) notes.push(`Includes ${entityNames(dataset, [part.entityId])}: ${part.note}.`);
  }
  return notes.length > 0 ? notes.join(' ') : null;
}
