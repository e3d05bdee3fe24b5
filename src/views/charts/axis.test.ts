import { describe, expect, it } from 'vitest';
import { eventMarkerFor, niceTicks, yearTicks } from './axis';
import { fitLabel } from './markers';
import { loadBundledDataset } from '../../test/render';

const dataset = loadBundledDataset();

describe('axis helpers', () => {
  it('ticks the years every step, ending on the last year', () => {
    expect(yearTicks(2000, 2025, 5)).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(2014, 2025, 2)).toEqual([2015, 2017, 2019, 2021, 2023, 2025]);
  });

  it('rounds value ticks to 1, 2, 2.5 or 5 times a power of ten, from zero past the largest value', () => {
    expect(niceTicks(2_151_131_605_217)).toEqual([0, 5e11, 1e12, 1.5e12, 2e12, 2.5e12]);
    expect(niceTicks(70, 4)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(7, 4)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it('places the selected event at its date, kept on the axis, and not at all outside it', () => {
    expect(eventMarkerFor(dataset, 'baku-2019', 2000, 2025)).toMatchObject({ title: '7th Summit', date: '2019-10-15' });
    expect(eventMarkerFor(dataset, 'baku-2019', 2000, 2025)?.x).toBeCloseTo(2019 + 287 / 365, 6);
    // 7 October 2025 is past the last GDP year's tick: the marker stays at the axis's end.
    expect(eventMarkerFor(dataset, 'gabala-2025', 2000, 2025)?.x).toBe(2025);
    // A plan for 2026 is after the last year: no marker.
    expect(eventMarkerFor(dataset, 'turkiye-summit-2026', 2000, 2025)).toBeNull();
    expect(eventMarkerFor(dataset, null, 2000, 2025)).toBeNull();
  });

  it('shortens a marker label that would run out of the plot', () => {
    expect(fitLabel('◆ 7th Summit', 200)).toBe('◆ 7th Summit');
    expect(fitLabel('◆ Nakhchivan Summit (founding)', 100)).toBe('◆ Nakhchi…');
    expect(fitLabel('◆ 7th Summit', 5)).toBe('');
  });
});
