/**
 * Decimal numbers written the British English way ("1,234.5"), as `Intl.NumberFormat('en-GB', options)` writes them,
 * for the options the atlas uses: a number of fraction digits, or of significant digits.
 *
 * Why not Intl itself: the first ICU formatter a page makes loads the locale's data, about 20 ms of the main thread
 * (whatever the locale, and whether it formats numbers, dates or lists), and the first screen's figures would pay it
 * on the way to `ots:ready`. These options need none of ICU's locale machinery: digits, a point and commas.
 *
 * It rounds as ICU does: from the shortest decimal that reads back as the same number (so 1.005 is 1.005, not
 * 1.00499…), halves away from zero, and a negative number that rounds to zero keeps its sign ("-0"). The unit tests
 * hold it to Intl's output over many thousands of numbers.
 */

/** At most (and at least) so many digits after the point; or at most so many significant digits. */
export type DecimalOptions =
  | { maximumFractionDigits: number; minimumFractionDigits?: number }
  | { maximumSignificantDigits: number };

/** A number as its digits and where the point goes: 0.`digits` × 10^`point`. */
interface Digits {
  digits: string;
  point: number;
}

/** The shortest digits that read back as `abs` (a finite number, not negative). */
function shortestDigits(abs: number): Digits {
  // With no argument, toExponential writes as many digits as it takes to tell the number from its neighbours.
  const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

/** "129" → "130", "99" → "100". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - 1 - i)}`;
}

/** Keeps the first `keep` digits (none when `keep` ≤ 0), rounding half away from zero on the first digit dropped. */
function roundTo({ digits, point }: Digits, keep: number): Digits {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '', point };
  const kept = digits.slice(0, keep);
  if (digits.charCodeAt(keep) < 53 /* '5' */) return { digits: kept, point };
  const up = kept === '' ? '1' : increment(kept);
  // A carry past the first digit ("99" → "100", or "" → "1") moves the point one place.
  return { digits: up, point: up.length > kept.length ? point + 1 : point };
}

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function write({ digits, point }: Digits, minimumFractionDigits: number): string {
  const integer = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '';
  const fraction = (point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits).replace(/0+$/, '');
  const shown = fraction.padEnd(minimumFractionDigits, '0');
  return `${group(integer || '0')}${shown ? `.${shown}` : ''}`;
}

/** A formatter for the options; `Intl.NumberFormat('en-GB', options).format` writes the same. */
export function decimalFormat(options: DecimalOptions): (value: number) => string {
  return (value) => {
    if (Number.isNaN(value)) return 'NaN';
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    if (!Number.isFinite(value)) return `${sign}∞`;
    const exact = shortestDigits(Math.abs(value));
    if ('maximumSignificantDigits' in options) return sign + write(roundTo(exact, options.maximumSignificantDigits), 0);
    const { maximumFractionDigits, minimumFractionDigits = 0 } = options;
    return sign + write(roundTo(exact, exact.point + maximumFractionDigits), minimumFractionDigits);
  };
}
