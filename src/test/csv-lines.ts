/**
 * The lines of an exported CSV as a reader sees them: a comment line written as one quoted cell (it held a comma or a
 * quote) is given unquoted, so that tests can compare its text.
 */
export function csvTextLines(text: string): string[] {
  return text.split('\r\n').map((line) => (line.startsWith('"# ') && line.endsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line));
}

/** The cells of a CSV text, read as RFC 4180 says (as a spreadsheet reads it). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
