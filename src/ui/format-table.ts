/**
 * Figures in a table's column share one precision, so that they line up and read alike ("66.0" above "69.7", never
 * "$66 bn" above "$69.7 bn"): the decimals that give the column's largest figure three significant digits (two
 * decimals at most, none from 100 up), grouped by commas.
 */
import { decimalFormat } from './decimal';

const BY_DECIMALS = [0, 1, 2].map((d) => decimalFormat({ maximumFractionDigits: d, minimumFractionDigits: d }));

/** The decimals for a column holding these figures. */
export function columnDecimals(values: readonly number[]): 0 | 1 | 2 {
  const largest = Math.max(0, ...values.map((v) => Math.abs(v)).filter(Number.isFinite));
  if (largest >= 100) return 0;
  if (largest >= 10) return 1;
  return 2;
}

/** A formatter writing every figure of the column with the column's decimals. */
export function columnFormat(values: readonly number[]): (value: number) => string {
  const format = BY_DECIMALS[columnDecimals(values)] ?? String;
  return (value) => format(value);
}
