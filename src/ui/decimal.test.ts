import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalFormat, type DecimalOptions } from './decimal';

const intl = (options: DecimalOptions) => new Intl.NumberFormat('en-GB', options);

/**
 * The options the atlas uses, then others: up to 6 decimals or 14 significant digits. A double holds 15 significant
 * digits for certain; rounding at the 15th or beyond, ICU does not always round from the shortest decimal, and the
 * atlas rounds nothing there.
 */
const USED: DecimalOptions[] = [
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1, minimumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { maximumSignificantDigits: 3 },
];
const anyOptions: fc.Arbitrary<DecimalOptions> = fc.oneof(
  fc.constantFrom(...USED),
  fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
    .map(([a, b]) => ({ minimumFractionDigits: Math.min(a, b), maximumFractionDigits: Math.max(a, b) })),
  fc.integer({ min: 1, max: 14 }).map((maximumSignificantDigits) => ({ maximumSignificantDigits })),
);

/** Short decimals, where the halves that rounding must settle live: 0.15, 2.5, 74.45, -1.005 … */
const shortDecimals = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9 }))
  .map(([n, places]) => n / 10 ** places);
const figures = fc.oneof(
  shortDecimals,
  fc.double({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1, max: 1 }),
  fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 0.15, 9.995, 999.95, 1e21, 5e-324, Number.NaN, -Infinity),
);

describe('decimalFormat', () => {
  it('writes what Intl.NumberFormat("en-GB") writes, rounding to at most 6 decimals or 14 significant digits', () => {
    fc.assert(
      fc.property(figures, anyOptions, (value, options) => {
        expect(decimalFormat(options)(value)).toBe(intl(options).format(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('groups thousands with commas and rounds halves away from zero, from the number as written', () => {
    const whole = decimalFormat({ maximumFractionDigits: 0 });
    expect(whole(4_242_413)).toBe('4,242,413');
    expect(whole(2.5)).toBe('3');
    expect(whole(-2.5)).toBe('-3');
    expect(whole(999.5)).toBe('1,000');
    // 1.005 is stored as 1.00499999…; written, it is a half, and rounds up as Intl rounds it.
    expect(decimalFormat({ maximumFractionDigits: 2 })(1.005)).toBe('1.01');
    expect(decimalFormat({ maximumFractionDigits: 1, minimumFractionDigits: 1 })(159.897789)).toBe('159.9');
    expect(decimalFormat({ maximumFractionDigits: 1, minimumFractionDigits: 1 })(7)).toBe('7.0');
  });

  it('keeps significant digits, dropping trailing zeros after the point but not before it', () => {
    const three = decimalFormat({ maximumSignificantDigits: 3 });
    expect(three(1.35912)).toBe('1.36');
    expect(three(74.43)).toBe('74.4');
    expect(three(2)).toBe('2');
    expect(three(1_234_567)).toBe('1,230,000');
    expect(three(0.000123456)).toBe('0.000123');
    expect(three(99.96)).toBe('100');
  });

  it('writes zero, negative zero and what is not a finite number as Intl does', () => {
    const whole = decimalFormat({ maximumFractionDigits: 0 });
    expect(whole(0)).toBe('0');
    expect(whole(-0.4)).toBe('-0');
    expect(whole(Number.NaN)).toBe('NaN');
    expect(whole(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(whole(Number.NEGATIVE_INFINITY)).toBe('-∞');
  });
});
