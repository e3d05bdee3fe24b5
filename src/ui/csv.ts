import { downloadText } from './download';
/**
 * CSV export: comment lines starting with "#" (title, units, rule, sources, as-of date), then a header row and the
 * rows. Numbers are written at full precision, as they are held; missing values are empty fields, never zero.
 */

export type CsvValue = string | number | null | undefined;

export interface CsvDocument {
  /** Lines written before the header, each prefixed with "# ". */
  meta: readonly string[];
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

/** A spreadsheet would run text starting with these as a formula; such text is written with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every line is cells: a comment line is one cell starting with "# ", quoted like any other when it holds a comma, a
 * quote or a line break. Text from a dataset (a publisher, a title, an address, a unit, a name in a rule) can then
 * neither start new cells nor put a formula in one.
 */
export function toCsv(doc: CsvDocument): string {
  const meta = doc.meta.map((line) => csvField(`# ${line.replace(/[\r\n]+/g, ' ')}`));
  const table = [doc.header, ...doc.rows].map((row) => row.map(csvField).join(','));
  return [...meta, ...table].join('\r\n') + '\r\n';
}

/** Offers the text as a CSV file download. */
export function downloadCsv(fileName: string, text: string): void {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}
