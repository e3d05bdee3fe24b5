/**
 * Reading a briefing (the shipped one, one kept in the browser, or a file the user imports) into a Briefing or a
 * readable list of problems, and checking that what it names exists in the dataset in use.
 */
import type { Dataset } from './schema';
import { BriefingSchema, BRIEFING_FORMAT, BRIEFING_VERSION, type Briefing } from './briefing-schema';
import { formatPath, type Problem } from './validate';
import { yearRange } from './derive';

export type BriefingResult = { ok: true; briefing: Briefing } | { ok: false; problems: Problem[] };

export function parseBriefing(json: unknown): BriefingResult {
  const parsed = BriefingSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  parsed.data.slides.forEach((slide, i) => {
    if (seen.has(slide.id)) problems.push({ path: `slides[${i}].id`, message: `duplicate slide id "${slide.id}"` });
    seen.add(slide.id);
    const selected = [slide.view.stateId, slide.view.corridorId, slide.view.eventId].filter((v) => v != null);
    if (selected.length > 1) problems.push({ path: `slides[${i}].view`, message: 'a slide selects at most one state, corridor or event' });
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
    return { ok: false, problems: [{ path: '', message: `not valid JSON (${detail})` }] };
  }
  return parseBriefing(json);
}

/** What a briefing names that the dataset does not have: states, corridors, events, years and sources. */
export function checkBriefingReferences(briefing: Briefing, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const has = {
    state: new Set(dataset.entities.map((e) => e.id)),
    corridor: new Set(dataset.corridors.map((c) => c.id)),
    event: new Set(dataset.events.map((e) => e.id)),
    source: new Set(dataset.sources.map((s) => s.id)),
  };
  const years = yearRange(dataset);
  briefing.slides.forEach((slide, i) => {
    const at = `slides[${i}]`;
    const { stateId, corridorId, eventId, year } = slide.view;
    if (stateId != null && !has.state.has(stateId)) problems.push({ path: `${at}.view.stateId`, message: `no state "${stateId}" in the dataset` });
    if (corridorId != null && !has.corridor.has(corridorId)) {
      problems.push({ path: `${at}.view.corridorId`, message: `no corridor "${corridorId}" in the dataset` });
    }
    if (eventId != null && !has.event.has(eventId)) problems.push({ path: `${at}.view.eventId`, message: `no event "${eventId}" in the dataset` });
    if (year != null && (year < years.min || year > years.max)) {
      problems.push({ path: `${at}.view.year`, message: `${year} is outside the dataset's years (${years.min}–${years.max})` });
    }
    slide.sources.forEach((id, j) => {
      if (!has.source.has(id)) problems.push({ path: `${at}.sources[${j}]`, message: `unknown source id "${id}"` });
    });
  });
  return problems;
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
