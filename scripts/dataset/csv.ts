/**
 * A small CSV reader: comma-separated fields, optional double quotes around a field,
 * doubled quotes ("") inside a quoted field, and LF or CRLF line endings.
 */

/** Splits CSV text into rows of raw field strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  for (let i = 0; i < input.length; i++) {
    const c = input.charAt(i);
    if (quoted) {
      if (c !== '"') field += c;
      else if (input.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && input.charAt(i + 1) === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Parses CSV text with a header row into records. Every column named in `columns` must be in the
 * header, and every row must have as many fields as the header.
 */
export function parseRecords<K extends string>(text: string, columns: readonly K[], label: string): Record<K, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${label}: empty file`);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`${label}: missing column(s) ${missing.join(', ')}`);
  return rows.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`${label}: row ${i + 2} has ${fields.length} fields, expected ${header.length}`);
    }
    const record = {} as Record<K, string>;
    for (const column of columns) record[column] = fields[header.indexOf(column)] ?? '';
    return record;
  });
}
