/**
 * The lines of an exported CSV as a reader sees them: a comment line written as one quoted cell (it held a comma or a
 * quote) is given unquoted, so that tests can compare its text.
 */
export function csvTextLines(text: string): string[] {
  return text.split('\r\n').map((line) => (line.startsWith('"# ') && line.endsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line));
}
