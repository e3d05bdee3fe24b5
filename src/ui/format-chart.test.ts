import { describe, expect, it } from 'vitest';
import { formatPercent, formatReported, formatUsdBn, formatUsdCompact, formatUsdPerPerson, yearPosition } from './format-chart';

describe('chart formats', () => {
  it('writes values per person in whole dollars, and axis ticks compactly', () => {
    expect(formatUsdPerPerson(9395.233780013681)).toBe('$9,395');
    expect(formatUsdCompact(15_000)).toBe('$15k');
    expect(formatUsdCompact(2_500)).toBe('$2.5k');
    expect(formatUsdCompact(0)).toBe('$0');
    expect(formatUsdCompact(1.5e12)).toBe('$1.5 tn');
  });

  it('writes reported trade figures as worded, with their qualifiers and ranges', () => {
    expect(formatUsdBn(42.3)).toBe('$42.3 bn');
    expect(formatPercent(4)).toBe('4%');
    expect(formatReported({ value: 22, unit: 'USD bn', qualifier: 'more-than' })).toBe('more than $22 bn');
    expect(formatReported({ value: 4, unit: 'percent', qualifier: 'approximately' })).toBe('about 4%');
    expect(formatReported({ value: null, range: [42, 57], unit: 'USD bn' })).toBe('$42–57 bn');
    expect(formatReported({ value: null, range: [5, 7], unit: 'percent' })).toBe('5–7%');
    expect(formatReported({ value: null, unit: 'percent' })).toBe('no figure');
  });

  it('places dates on a yearly axis by the share of the year gone by', () => {
    expect(yearPosition('2019')).toBe(2019);
    expect(yearPosition('2019-01-01')).toBe(2019);
    // 15 October 2019 is day 287 of 365 (0-based 287 days after 1 January)
    expect(yearPosition('2019-10-15')).toBeCloseTo(2019 + 287 / 365, 6);
    // the middle of April 2026: 1 April is 90 days in, 1 May 120; midpoint 105
    expect(yearPosition('2026-04')).toBeCloseTo(2026 + 105 / 365, 6);
    // a leap year has 366 days
    expect(yearPosition('2024-12-31')).toBeCloseTo(2024 + 365 / 366, 6);
  });
});
