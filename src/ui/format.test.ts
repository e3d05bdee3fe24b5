import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatKm2, formatPartialDate, formatPersons, formatSqMi, formatUsd } from './format';

describe('format', () => {
  it('writes US$ in readable units', () => {
    expect(formatUsd(1_359_120_000_000)).toBe('$1.36 tn');
    expect(formatUsd(74_430_000_000)).toBe('$74.4 bn');
    expect(formatUsd(4_459_000_000)).toBe('$4.46 bn');
    expect(formatUsd(812_000_000)).toBe('$812 m');
  });

  it('writes people in millions to one decimal, smaller counts in full', () => {
    expect(formatPersons(159_897_789)).toBe('159.9 million');
    expect(formatPersons(407_000)).toBe('407,000');
  });

  it('writes areas in km² and square miles', () => {
    expect(formatKm2(4_242_413)).toBe('4,242,413 km²');
    expect(formatSqMi(4_242_413)).toBe('1.64 million sq mi');
  });

  it('writes dates as precisely as they are known', () => {
    expect(formatPartialDate('2025-10-07')).toBe('7 October 2025');
    expect(formatPartialDate('2026-04')).toBe('April 2026');
    expect(formatPartialDate('2026')).toBe('2026');
    expect(formatDateSpan('2011-10-20', '2011-10-21')).toBe('20–21 October 2011');
    expect(formatDateSpan('2009-10-02', '2009-10-03')).toBe('2–3 October 2009');
    expect(formatDateSpan('2025-10-07')).toBe('7 October 2025');
  });
});
