/** Fetching the shipped briefing. A failure names the file and what is wrong, like a dataset failure. */
import type { Briefing } from './briefing-schema';
import type { Problem } from './validate';
import { EMBEDDED_BRIEFING_ID, embeddedJsonText } from './embedded';
import { fetchText } from './fetch-text';

/** The shipped briefing, relative to the page so the app works from any sub-path. */
export const BUNDLED_BRIEFING_URL = 'data/briefing.json';
const BUNDLED_BRIEFING_NAME = BUNDLED_BRIEFING_URL.split('/').pop() ?? BUNDLED_BRIEFING_URL;

export class BriefingLoadError extends Error {
  readonly problems: Problem[];

  constructor(file: string, problems: Problem[]) {
    const first = problems[0];
    super(`${file}: ${first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'could not be read'}`);
    this.name = 'BriefingLoadError';
    this.problems = problems;
  }
}

/** Parses and validates; the parser (zod) loads only now, not with the app's first screen. */
async function readShipped(file: string, text: string): Promise<Briefing> {
  const { readBriefingText } = await import('./briefing');
  const result = readBriefingText(text);
  if (!result.ok) throw new BriefingLoadError(file, result.problems);
  return result.briefing;
}

export async function fetchBriefing(url: string, signal?: AbortSignal): Promise<Briefing> {
  const file = url.split('/').pop() ?? url;
  const text = await fetchText(url, signal, (message) => new BriefingLoadError(file, [{ path: '', message }]));
  return readShipped(file, text);
}

/** The shipped briefing: read from the page when it carries it (the single file), else fetched. */
export async function loadShippedBriefing(signal?: AbortSignal, doc?: Document): Promise<Briefing> {
  const embedded = embeddedJsonText(EMBEDDED_BRIEFING_ID, doc);
  if (embedded === null) return fetchBriefing(BUNDLED_BRIEFING_URL, signal);
  return readShipped(BUNDLED_BRIEFING_NAME, embedded);
}
