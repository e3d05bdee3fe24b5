/**
 * What a briefing names that the dataset in use does not have: states, corridors, events, years (and an event's own
 * year) and sources. Every briefing is checked this way before it is used: a file being imported, and the one kept
 * in the browser, whichever dataset is open. Free of zod, so the first screen can check the stored briefing.
 */
import type { Dataset } from './schema';
import type { Briefing } from './briefing-schema';
import type { Problem } from './validate';
import { slideName, shown } from './briefing-messages';
import { yearRange } from './derive';

export function checkBriefingReferences(briefing: Briefing, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const has = {
    state: new Set(dataset.entities.map((e) => e.id)),
    corridor: new Set(dataset.corridors.map((c) => c.id)),
    source: new Set(dataset.sources.map((s) => s.id)),
  };
  const eventYear = new Map(dataset.events.map((e) => [e.id, Number(e.date.slice(0, 4))]));
  const years = yearRange(dataset);
  briefing.slides.forEach((slide, i) => {
    const at = `slides[${i}]`;
    const name = slideName(i, briefing);
    const add = (path: string, message: string) => problems.push({ path: `${at}.${path}`, message: `${name}: ${message}` });
    const { stateId, corridorId, eventId, year } = slide.view;
    if (stateId != null && !has.state.has(stateId)) add('view.stateId', `the state it selects, ${shown(stateId)}, is not in the dataset.`);
    if (corridorId != null && !has.corridor.has(corridorId)) add('view.corridorId', `the corridor it selects, ${shown(corridorId)}, is not in the dataset.`);
    if (eventId != null && !eventYear.has(eventId)) add('view.eventId', `the event it selects, ${shown(eventId)}, is not in the dataset.`);
    if (year != null && (year < years.min || year > years.max)) {
      add('view.year', `its year, ${year}, is outside the dataset's years (${years.min}–${years.max}).`);
    } else if (year != null && eventId != null && eventYear.has(eventId) && eventYear.get(eventId) !== year) {
      add('view.year', `its year, ${year}, is not the year of the event it selects (${eventYear.get(eventId)}).`);
    }
    slide.sources.forEach((id, j) => {
      if (!has.source.has(id)) add(`sources[${j}]`, `source ${j + 1} in its list, ${shown(id)}, is not in the dataset's sources.`);
    });
  });
  return problems;
}
