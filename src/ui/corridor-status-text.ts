/** The words for a corridor's status in a year: the headline, why, and the rule, as every view and export says them. */
import type { CorridorYearStatus, PartState, Stage } from '../data/corridor-status';
import type { CorridorLook } from '../data/corridor-status';
import type { CorridorDate } from '../data/schema';
import { formatPartialDate } from './format';

const STATUS_WORD: Record<'operational' | 'under-construction' | 'planned', string> = {
  operational: 'operational',
  'under-construction': 'under construction',
  planned: 'planned',
};

/** "Not yet announced": what a corridor is before the milestone that starts its first stage. */
export const NOT_YET: Record<Stage, string> = {
  announced: 'Not yet announced',
  agreed: 'Not yet agreed',
  'under-construction': 'Not yet under construction',
  operational: 'Not yet open',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The look of each status as the key names it. */
export const CORRIDOR_LOOK_LABEL: Record<CorridorLook, string> = {
  operational: 'Operational',
  'under-construction': 'Under construction',
  planned: 'Planned (announced or agreed)',
  'not-yet': 'Not yet announced, agreed or open (drawn faint)',
  undated: 'Status undated for the year',
};

/** "Operational", "Partly operational", "Not yet open", "Status undated". */
export function corridorStatusLabel(status: CorridorYearStatus): string {
  switch (status.kind) {
    case 'not-yet':
      return status.nextStage ? NOT_YET[status.nextStage] : 'Not yet begun';
    case 'undated':
      return status.partial ? 'Status undated; parts not yet begun' : 'Status undated';
    default:
      return status.partial ? `Partly ${STATUS_WORD[status.kind]}` : capital(STATUS_WORD[status.kind]);
  }
}

/** "Opened, 30 October 2017" */
export function milestoneText(date: Pick<CorridorDate, 'label' | 'date'>): string {
  return `${date.label}, ${formatPartialDate(date.date)}`;
}

/**
 * Why a part has its status: "since 30 October 2017 (Opened)", "reported: Cargo carried in 2024: 4.5 Mt (2024)",
 * "first milestone: Opened, 30 October 2017", "no dated record before …".
 */
export function partReason(state: PartState): string {
  switch (state.kind) {
    case 'known': {
      const { basis } = state;
      if (basis.kind === 'recorded') return `as recorded when the dataset was compiled (data as of ${formatPartialDate(basis.asOf)})`;
      return basis.date.kind === 'start'
        ? `since ${formatPartialDate(basis.date.date)} (${basis.date.label})`
        : `as reported: ${milestoneText(basis.date)}`;
    }
    case 'not-yet':
      return `first milestone: ${milestoneText(state.next)}`;
    case 'undated':
      return state.next ? `no dated record before ${milestoneText(state.next)}` : 'the dataset gives no date for its status';
  }
}

/** A part's status in words: "operational", "not yet open", "status undated". */
export function partStatusWord(state: PartState): string {
  if (state.kind === 'known') return STATUS_WORD[state.status];
  if (state.kind === 'not-yet') return (state.next.stage ? NOT_YET[state.next.stage] : 'Not yet begun').toLowerCase();
  return 'status undated';
}

/** "TANAP, Posof to Eskişehir: operational since 12 June 2018 (…)", or for the main route, the sentence alone. */
export function partSentence(name: string | null, state: PartState): string {
  const text = `${partStatusWord(state)}, ${partReason(state)}`;
  return name ? `${name}: ${text}` : capital(text);
}

/** The rule, as the map's key and the exports state it. */
export function corridorRule(year: number): string {
  return (
    `Corridor status follows the year: each corridor, and each stretch with dates of its own, takes the stage of its ` +
    `latest dated milestone on or before the end of ${year} (the Baku–Tbilisi–Kars railway is operational from its ` +
    `opening on 30 October 2017, not before). Before its first milestone a corridor is not yet announced, agreed or ` +
    `open; where the dataset has no dated record for ${year}, its status is undated rather than taken from today.`
  );
}
