/**
 * Text helpers: slugs, readable labels, number formatting without rounding, exact decimal scaling.
 */

const TRANSLITERATE: Record<string, string> = { ı: 'i', İ: 'I', ə: 'e', Ə: 'E', ß: 'ss', ł: 'l', Ł: 'L' };

/** Lower-case ASCII slug: "Ömer Bolat" → "omer-bolat". */
export function slugify(text: string): string {
  return [...text]
    .map((c) => TRANSLITERATE[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'with', 'at', 'by', 'is', 'its', 'it', 'as', 'from', 'are', 'was', 'what', 's']);

/** Slug words without stop words ("what-is-the-population-of-north-cyprus" → population, north, cyprus). */
export function keywords(text: string): string[] {
  return slugify(text)
    .split('-')
    .filter((w) => w !== '' && !STOPWORDS.has(w));
}

/** Joins words onto a prefix with hyphens, stopping before the result would exceed `max` characters. */
export function boundedSlug(prefix: string, words: readonly string[], max = 48): string {
  let out = prefix;
  for (const word of words) {
    const next = out === '' ? word : `${out}-${word}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** "washington-joint-declaration" or "washington_joint_declaration" → "Washington joint declaration". */
export function humanize(text: string): string {
  const spaced = text.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Writes a number with thousands separators exactly as stored (1768 → "1,768", 532.53 → "532.53"). */
export function formatNumber(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Multiplies a decimal string by 10^power by moving the decimal point, so that no binary rounding creeps in:
 * scaleDecimal("4.039", 9) === 4039000000.
 */
export function scaleDecimal(text: string, power: number): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a plain decimal number: "${text}"`);
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const digits = whole + fraction.padEnd(power, '0');
  const point = whole.length + power;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point) || '0'}`;
  return Number(shifted);
}

/** Parses a plain number cell; throws on anything else so that no odd value slips through. */
export function parseNumber(text: string, where: string): number {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(trimmed)) throw new Error(`${where}: not a number: "${text}"`);
  return Number(trimmed);
}

/** Joins note fragments into sentences; returns undefined when there is nothing to say. */
export function sentences(...parts: (string | null | undefined)[]): string | undefined {
  const kept = parts.map((p) => p?.trim() ?? '').filter((p) => p !== '');
  if (kept.length === 0) return undefined;
  return kept.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
}

/** The first http(s) URL in a piece of text, or null. */
export function findUrl(text: string): string | null {
  return /https?:\/\/[^\s)|;,"]+/.exec(text)?.[0] ?? null;
}

/** "2009-10-03", "2026-04" or "2026": the leading ISO-style date of a cell, or null. */
export function leadingPartialDate(text: string): string | null {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(?![\d-])/.exec(text.trim())?.[0] ?? null;
}

/** 1 → "1st", 2 → "2nd", 13 → "13th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
