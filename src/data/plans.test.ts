import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/render';
import { eventStanding, lastDay } from './plans';

const dataset = loadBundledDataset();
const event = (id: string) => {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('plans against the dataset’s as-of date', () => {
  it('reads a date as precise as it is known to its last day', () => {
    expect(lastDay('2026-04')).toBe('2026-04-30');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2026')).toBe('2026-12-31');
    expect(lastDay('2025-10-07')).toBe('2025-10-07');
  });

  it('says there is no report that the April 2026 informal summit was held, as of 13 July 2026', () => {
    expect(dataset.asOf).toBe('2026-07-13');
    expect(eventStanding(event('kazakhstan-informal-2026'), dataset.asOf)).toEqual({
      kind: 'no-report',
      status: 'planned',
      statedOn: '2025-10-30',
      due: '2026-04',
    });
  });

  it('keeps plans whose date has not passed as plans, dated by their latest source', () => {
    expect(eventStanding(event('turkiye-summit-2026'), dataset.asOf)).toEqual({ kind: 'plan', status: 'unconfirmed', statedOn: '2025-10-30' });
    expect(eventStanding(event('military-exercise-2026'), dataset.asOf)).toEqual({ kind: 'plan', status: 'proposed', statedOn: '2025-10-07' });
    expect(eventStanding(event('ots-sat-2026'), dataset.asOf)).toEqual({ kind: 'plan', status: 'planned', statedOn: '2025-10-10' });
  });

  it('judges a plan by the as-of date, not by today: the same plan was still ahead on an earlier date', () => {
    expect(eventStanding(event('kazakhstan-informal-2026'), '2026-04-30').kind).toBe('plan');
    expect(eventStanding(event('kazakhstan-informal-2026'), '2026-05-01').kind).toBe('no-report');
    expect(eventStanding(event('turkiye-summit-2026'), '2027-01-01').kind).toBe('no-report');
  });

  it('leaves held events held', () => {
    expect(eventStanding(event('gabala-2025'), dataset.asOf)).toEqual({ kind: 'held' });
    expect(dataset.events.filter((e) => e.status === 'held' && e.statusAsOf != null)).toEqual([]);
  });
});
