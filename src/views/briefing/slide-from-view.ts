/** A new slide from the view on screen: a title and the sources behind what it selects. */
import type { Dataset } from '../../data/schema';
import type { Slide } from '../../data/briefing-schema';
import type { View } from '../../state/store';
import { eventLabel } from '../../ui/labels';

export function slideFromView(view: View, dataset: Dataset, defaultYear: number, id: string): Slide {
  const year = view.year ?? defaultYear;
  const scope = view.scope === 'all' ? ' (members and observers)' : '';
  const entity = dataset.entities.find((e) => e.id === view.stateId);
  const corridor = dataset.corridors.find((c) => c.id === view.corridorId);
  const event = dataset.events.find((e) => e.id === view.eventId);
  let title = `The OTS in ${year}${scope}`;
  let sources: string[] = [];
  if (entity) {
    title = `${entity.name}, ${year}`;
    sources = entity.statusHistory.flatMap((change) => change.sources);
  } else if (corridor) {
    title = `${corridor.shortName}, ${year}`;
    sources = corridor.sources;
  } else if (event) {
    title = eventLabel(event);
    sources = event.sources;
  }
  return {
    id,
    title,
    note: '',
    panel: 'map',
    view: { stateId: view.stateId, corridorId: view.corridorId, eventId: view.eventId, year: view.year, scope: view.scope },
    sources: [...new Set(sources)],
  };
}

/** A view in a few words, to tell slides apart and to name a printed view: "Kazakhstan · 2025 · members only". */
export function describeView(view: View, dataset: Dataset, defaultYear: number): string {
  const { stateId, corridorId, eventId, year, scope } = view;
  const selected =
    dataset.entities.find((e) => e.id === stateId)?.name ??
    dataset.corridors.find((c) => c.id === corridorId)?.shortName ??
    dataset.events.find((e) => e.id === eventId)?.title ??
    'No selection';
  return [selected, String(year ?? defaultYear), scope === 'all' ? 'members and observers' : 'members only'].join(' · ');
}
