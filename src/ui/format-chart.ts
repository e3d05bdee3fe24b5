/** Formatting for the charts: values per person, reported trade figures with their qualifiers, positions in time. */
import { decimalFormat } from './decimal';
import { formatInteger, formatUsd } from './format';

const plain = decimalFormat({ maximumFractionDigits: 2 });

/** $9,395 */
export function formatUsdPerPerson(value: number): string {
  return `$${formatInteger(value)}`;
}

/** $9.4k, $10k, $0 — for axis ticks, where space is short. */
export function formatUsdCompact(value: number): string {
  if (Math.abs(value) >= 1e9) return formatUsd(value);
  if (Math.abs(value) >= 1e3) return `$${plain(Number((value / 1e3).toPrecision(3)))}k`;
  return `$${formatInteger(value)}`;
}

/** A figure given in US$ billions: $42.3 bn. */
export function formatUsdBn(billions: number): string {
  return formatUsd(billions * 1e9);
}

/** 4%, 42.5% */
export function formatPercent(value: number): string {
  return `${plain(value)}%`;
}

export type ReportedUnit = 'USD bn' | 'percent' | 'multiplier';
export type Qualifier = 'approximately' | 'more-than' | 'target' | 'forecast';

const QUALIFIER_WORD: Record<Qualifier, string> = {
  approximately: 'about ',
  'more-than': 'more than ',
  target: 'target: ',
  forecast: 'forecast: ',
};

function formatIn(unit: ReportedUnit, value: number): string {
  if (unit === 'USD bn') return formatUsdBn(value);
  if (unit === 'percent') return formatPercent(value);
  return `×${plain(value)}`;
}

/** A reported figure as worded: "more than $22 bn", "about 4%", "$42–57 bn", "5–7%". */
export function formatReported(figure: {
  value: number | null;
  range?: readonly [number, number] | null;
  unit: ReportedUnit;
  qualifier?: Qualifier | undefined;
}): string {
  const prefix = figure.qualifier ? QUALIFIER_WORD[figure.qualifier] : '';
  if (figure.value != null) return `${prefix}${formatIn(figure.unit, figure.value)}`;
  if (figure.range) {
    const [lo, hi] = figure.range;
    if (figure.unit === 'USD bn') return `${prefix}$${plain(lo)}–${plain(hi)} bn`;
    if (figure.unit === 'percent') return `${prefix}${plain(lo)}–${plain(hi)}%`;
    return `${prefix}${formatIn(figure.unit, lo)}–${formatIn(figure.unit, hi)}`;
  }
  return 'no figure';
}

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/**
 * Where a date as precise as it is known falls on a yearly axis whose ticks mark the years: "2019" at 2019,
 * "2019-10-15" at 2019.79 (the share of the year gone by), "2026-04" at the middle of April.
 */
export function yearPosition(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const year = y ?? Number.NaN;
  if (m == null) return year;
  const start = Date.UTC(year, 0, 1);
  const at = d == null ? (Date.UTC(year, m - 1, 1) + Date.UTC(year, m, 1)) / 2 : Date.UTC(year, m - 1, d);
  return year + (at - start) / 86_400_000 / daysInYear(year);
}
