/** The timeline's events as a CSV document: date as precise as known, place, kind, status, membership changes, sources. */
import type { Dataset, Source } from '../../data/schema';
import type { CsvDocument, CsvValue } from '../../ui/csv';
import { EVENT_KIND_LABEL } from '../../ui/labels';
import { eventStatusText } from '../../ui/event-status-text';
import { citationCell, citationLines } from '../../ui/citation';
import { sourceIndex } from '../../data/source-index';

export const TIMELINE_FILE_NAME = 'ots-summits-and-milestones.csv';

/** Every source the timeline's events name, in event order. */
export function timelineSourceIds(dataset: Dataset): string[] {
  return [...new Set(dataset.events.flatMap((e) => e.sources))];
}

export function timelineCsv(dataset: Dataset, sources: readonly Source[]): CsvDocument {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const byId = sourceIndex(dataset);
  const events = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date));
  const meta = [
    'OTS Atlas: summits and milestones of the Organization of Turkic States',
    'Dates are as precise as the sources give them (YYYY, YYYY-MM or YYYY-MM-DD).',
    `Rule: a plan is as its latest source states it, on the day that source was published; once the dataset's as-of date (${dataset.asOf}) is past a plan's date and no source says it was held, its status is "no report that it was held".`,
    ...sources.flatMap((s) => citationLines(s).map((line, i) => (i === 0 ? `Source: ${line}` : `  ${line}`))),
    `Data as of ${dataset.asOf}.`,
  ];
  const header = ['id', 'date', 'end date', 'title', 'kind', 'number', 'status', 'city', 'host', 'online', 'membership changes', 'note', 'sources'];
  const rows = events.map((e): CsvValue[] => [
    e.id,
    e.date,
    e.endDate ?? '',
    e.title,
    EVENT_KIND_LABEL[e.kind],
    e.number,
    eventStatusText(e, dataset.asOf),
    e.city ?? '',
    e.hostId ? (names.get(e.hostId) ?? e.hostId) : '',
    e.online ? 'yes' : 'no',
    e.membershipChanges.map((c) => `${names.get(c.entityId) ?? c.entityId}: ${c.status}`).join('; '),
    [e.dateNote, e.note].filter(Boolean).join(' '),
    e.sources.flatMap((id) => { const s = byId.get(id); return s ? [citationCell(s)] : []; }).join('; '),
  ]);
  return { meta, header, rows };
}
