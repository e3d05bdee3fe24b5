/**
 * Reading a briefing (the shipped one, one kept in the browser, or a file the user imports) into a Briefing or a
 * readable list of problems, and checking that what it names exists in the dataset in use.
 */
import { BriefingSchema, BRIEFING_FORMAT, BRIEFING_VERSION, type Briefing } from './briefing-schema';
import type { Problem } from './validate';
import { formatKeys } from './bounded-parse';
import { briefingIssueMessage, slideName } from './briefing-messages';

export { checkBriefingReferences } from './briefing-references';

export type BriefingResult = { ok: true; briefing: Briefing } | { ok: false; problems: Problem[] };

/** Most problems listed for a briefing file (it has at most 200 slides, so this is rarely reached). */
const MAX_PROBLEMS = 100;

export function parseBriefing(json: unknown): BriefingResult {
  const parsed = BriefingSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({ path: formatKeys(issue.path), message: briefingIssueMessage(issue, json) })),
    };
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.data.slides.forEach((slide, i) => {
    const name = slideName(i, parsed.data);
    const earlier = seen.get(slide.id);
    if (earlier !== undefined) {
      problems.push({ path: `slides[${i}].id`, message: `${name}: its id, “${slide.id}”, is the same as slide ${earlier + 1}'s; each slide needs its own.` });
    } else seen.set(slide.id, i);
    const selected = [slide.view.stateId, slide.view.corridorId, slide.view.eventId].filter((v) => v != null);
    if (selected.length > 1) {
      problems.push({ path: `slides[${i}].view`, message: `${name}: it selects more than one of a state, a corridor and an event; a slide selects at most one.` });
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, briefing: parsed.data };
}

/** Reads the text of a briefing file: invalid JSON and schema violations both become problems. */
export function readBriefingText(text: string): BriefingResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `The file is not valid JSON (${detail}).` }] };
  }
  return parseBriefing(json);
}

/** The file a user exports: the same format the atlas reads back. */
export function briefingFileText(briefing: Briefing): string {
  const file: Briefing = { ...briefing, format: BRIEFING_FORMAT, version: BRIEFING_VERSION };
  return `${JSON.stringify(file, null, 2)}\n`;
}

let counter = 0;
/** An id for a slide the user adds: unique within the page and unlikely to clash with a shipped slide. */
export function newSlideId(now = Date.now()): string {
  counter += 1;
  return `slide-${now.toString(36)}-${counter}`;
}
