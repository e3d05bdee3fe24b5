/**
 * What is wrong with a briefing file, as sentences a presenter can act on: each names the slide (its number and
 * title) and the field, says what the field holds and what it should hold. "Slide 3 (“Gabala”): its panel, “chart”,
 * is not one of map, details, gdp, trade or timeline." The path of each problem stays beside it, for whoever edits
 * the file by hand.
 */
import { BRIEFING_FORMAT, BRIEFING_VERSION, PANELS } from './briefing-format';

/** The parts of a zod issue the sentences use (zod 4's issue shapes, loosely). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
}

const MAX_SHOWN = 40;
/** Longest slide title quoted in full where a sentence names the slide. */
const SLIDE_TITLE = 80;

/** A value as a sentence quotes it: “KAZ”, “aaaa…” (500 characters), 1990, a list, an object. */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    return value.length <= MAX_SHOWN ? `“${value}”` : `“${value.slice(0, MAX_SHOWN)}…” (${value.length} characters)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** "text", "a number", … for zod's expected and received types. */
function kind(type: unknown): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
    default:
      return String(type);
  }
}

function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return kind(typeof value);
}

const SLIDE_FIELDS: Record<string, string> = {
  id: 'its id',
  title: 'its title',
  note: 'its speaker note',
  panel: 'its panel',
  view: 'its view',
  sources: 'its list of sources',
};
const VIEW_FIELDS: Record<string, string> = {
  stateId: 'the state it selects',
  corridorId: 'the corridor it selects',
  eventId: 'the event it selects',
  year: 'its year',
  scope: 'its scope',
};

/** "Slide 3 (“Gabala, 7 October 2025”)", from the file as it is (its title may itself be what is wrong). */
export function slideName(index: number, json: unknown): string {
  const slides = (json as { slides?: unknown } | null)?.slides;
  const title = Array.isArray(slides) ? (slides[index] as { title?: unknown } | null)?.title : undefined;
  const n = `Slide ${index + 1}`;
  if (typeof title !== 'string' || title.trim() === '') return n;
  const text = title.trim();
  return `${n} (“${text.length <= SLIDE_TITLE ? text : `${text.slice(0, SLIDE_TITLE)}…`}”)`;
}

/** Where the issue is, as the sentence's subject: "Slide 3 (…): its year", "The briefing's title". */
function subject(path: readonly PropertyKey[], json: unknown): { where: string; field: string } {
  const [top, index, field, sub] = path;
  if (top === 'slides' && typeof index === 'number') {
    const where = slideName(index, json);
    if (field === undefined) return { where, field: 'the slide' };
    if (field === 'view' && typeof sub === 'string') return { where, field: VIEW_FIELDS[sub] ?? `its view’s “${sub}”` };
    if (field === 'sources' && typeof sub === 'number') return { where, field: `source ${sub + 1} in its list` };
    return { where, field: SLIDE_FIELDS[String(field)] ?? `its “${String(field)}”` };
  }
  if (top === undefined) return { where: 'The file', field: 'the file' };
  if (top === 'title') return { where: 'The briefing', field: 'its title' };
  if (top === 'slides') return { where: 'The briefing', field: 'its list of slides' };
  if (top === 'format') return { where: 'The file', field: 'its “format”' };
  if (top === 'version') return { where: 'The file', field: 'its “version”' };
  return { where: 'The briefing', field: `its “${String(top)}”` };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence for a zod issue in a briefing file. */
export function briefingIssueMessage(issue: IssueLike, json: unknown): string {
  const { path } = issue;
  const last = path[path.length - 1];
  const { where, field } = subject(path, json);
  const lead = `${where}: ${field}`;
  const value = issue.input;

  if (path.length === 1 && last === 'format') {
    return value === undefined
      ? `The file is not an OTS Atlas briefing: it has no “format” (expected “${BRIEFING_FORMAT}”).`
      : `The file is not an OTS Atlas briefing: its “format” is ${shown(value)}, not “${BRIEFING_FORMAT}”.`;
  }
  if (path.length === 1 && last === 'version') {
    return value === undefined
      ? `The file says no “version”; this atlas reads briefings of version ${BRIEFING_VERSION}.`
      : `The file is a briefing of version ${shown(value)}; this atlas reads version ${BRIEFING_VERSION}.`;
  }
  if (path.length === 0 && issue.code === 'invalid_type') return `The file holds ${received(value)}, not a briefing (an object with a title and slides).`;

  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${lead} is missing.`;
      return `${lead} should be ${kind(issue.expected)}, not ${received(value)}.`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? `${lead} is empty.` : `${lead} is shorter than ${min} characters.`;
      if (issue.origin === 'array') {
        if (path.length === 1 && last === 'slides') return 'The briefing has no slides; it needs at least one.';
        return `${lead} has fewer than ${min} items.`;
      }
      return `${lead}, ${shown(value)}, is below ${min}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `${lead} is longer than ${max} characters${typeof value === 'string' ? ` (it has ${value.length})` : ''}.`;
      if (issue.origin === 'array') return `${lead} has more than ${max} items${Array.isArray(value) ? ` (it has ${value.length})` : ''}.`;
      return `${lead}, ${shown(value)}, is above ${max}.`;
    }
    case 'invalid_format':
      if (last === 'stateId') return `${lead}, ${shown(value)}, is not a three-letter state code such as “KAZ”.`;
      if (last === 'corridorId' || last === 'eventId') return `${lead}, ${shown(value)}, is not an id such as “middle-corridor”.`;
      return `${lead}, ${shown(value)}, is not in the expected form.`;
    case 'invalid_value': {
      const options = (issue.values ?? []).map(String);
      if (last === 'panel') return `${lead}, ${shown(value)}, is not one of ${listOf(PANELS)}.`;
      return `${lead}, ${shown(value)}, is not one of ${listOf(options)}.`;
    }
    default:
      return `${capital(lead)}: ${issue.message.replace(/\.$/, '')}.`;
  }
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
