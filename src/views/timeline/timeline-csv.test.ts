import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/render';
import { timelineCsv, timelineSourceIds } from './timeline-csv';

const dataset = loadBundledDataset();
const byId = new Map(dataset.sources.map((s) => [s.id, s]));
const sources = timelineSourceIds(dataset).flatMap((id) => byId.get(id) ?? []);

describe('timelineCsv', () => {
  it('lists every event in date order with its date as precise as known, place, kind, status and sources', () => {
    const doc = timelineCsv(dataset, sources);
    expect(doc.rows).toHaveLength(dataset.events.length);
    const dates = doc.rows.map((r) => String(r[1]));
    expect(dates).toEqual([...dates].sort());
    const gabala = doc.rows.find((r) => r[0] === 'gabala-2025')!;
    expect(gabala.slice(1, 10)).toEqual(['2025-10-07', '', '12th Summit', 'Summit', 12, 'Held', 'Gabala', 'Azerbaijan', 'no']);
    expect(String(gabala[12])).toMatch(/<https?:\/\//);
    const founding = doc.rows.find((r) => r[0] === 'nakhchivan-2009')!;
    expect(founding[10]).toBe('Azerbaijan: member; Kazakhstan: member; Kyrgyzstan: member; Türkiye: member');
  });

  it('names the sources and the as-of date in its header', () => {
    const doc = timelineCsv(dataset, sources);
    expect(doc.meta.filter((l) => l.startsWith('Source: '))).toHaveLength(sources.length);
    expect(doc.meta).toContain(`Data as of ${dataset.asOf}.`);
  });
});
