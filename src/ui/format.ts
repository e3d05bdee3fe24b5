/** Number, unit and date formatting shared by every view. */
import { decimalFormat } from './decimal';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const grouped = decimalFormat({ maximumFractionDigits: 0 });
const oneDecimal = decimalFormat({ maximumFractionDigits: 1, minimumFractionDigits: 1 });
const significant = decimalFormat({ maximumSignificantDigits: 3 });

/** $1.86 tn, $74.4 bn, $812 m. */
export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `$${significant(value / 1e12)} tn`;
  if (abs >= 1e9) return `$${significant(value / 1e9)} bn`;
  if (abs >= 1e6) return `$${significant(value / 1e6)} m`;
  return `$${grouped(value)}`;
}

/** 159.9 million, or 407,000 below a million. */
export function formatPersons(value: number): string {
  if (Math.abs(value) >= 1e6) {
    return `${oneDecimal(value / 1e6)} million`;
  }
  return grouped(value);
}

export const KM2_PER_SQ_MI = 2.589988110336;

/** 4,242,413 km² */
export function formatKm2(value: number): string {
  return `${grouped(value)} km²`;
}

/** 1.64 million sq mi */
export function formatSqMi(km2: number): string {
  const sqMi = km2 / KM2_PER_SQ_MI;
  return sqMi >= 1e6 ? `${significant(sqMi / 1e6)} million sq mi` : `${grouped(sqMi)} sq mi`;
}

export function formatInteger(value: number): string {
  return grouped(value);
}

/** "7 October 2025", "April 2026" or "2026" from a date as precise as it is known. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** "20–21 October 2011" when an end date is given, else the single date. */
export function formatDateSpan(start: string, end?: string): string {
  if (!end || end === start) return formatPartialDate(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em] = end.split('-');
  if (sd && sy === ey && sm === em) return `${Number(sd)}–${formatPartialDate(end)}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

let listFormat: Intl.ListFormat | undefined;
export function formatList(items: string[]): string {
  listFormat ??= new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
  return listFormat.format(items);
}
