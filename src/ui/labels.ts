/** Human-readable names for dataset records, used as visible text and as accessible names. */
import type { Corridor, OtsEvent } from '../data/schema';
import { formatDateSpan } from './format';

/** "12th Summit, Gabala, 7 October 2025" */
export function eventLabel(event: OtsEvent): string {
  const place = event.city ?? (event.online ? 'online' : null);
  return [event.title, place, formatDateSpan(event.date, event.endDate)].filter(Boolean).join(', ');
}

export const CORRIDOR_KIND_LABEL: Record<Corridor['kind'], string> = {
  rail: 'Rail',
  multimodal: 'Road, rail and sea (multimodal)',
  'oil-pipeline': 'Oil pipeline',
  'gas-pipeline': 'Gas pipeline',
  'power-cable': 'Power cable',
};

export const CORRIDOR_STATUS_LABEL: Record<Corridor['status'], string> = {
  operational: 'Operational',
  'under-construction': 'Under construction',
  planned: 'Planned',
};

export const EVENT_STATUS_LABEL: Record<OtsEvent['status'], string> = {
  held: 'Held',
  planned: 'Planned',
  unconfirmed: 'Planned, unconfirmed',
  proposed: 'Proposed',
};

export const EVENT_KIND_LABEL: Record<OtsEvent['kind'], string> = {
  founding: 'Founding summit',
  'pre-council': 'Summit of Turkic-speaking states',
  ordinary: 'Summit',
  informal: 'Informal summit',
  extraordinary: 'Extraordinary summit',
  plan: 'Plan',
};
