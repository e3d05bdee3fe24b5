/** What the briefing editor says about the briefing kept in the browser: what could not be read, saved or used. */
import type { Briefing } from '../../data/briefing-schema';
import type { WriteFailure } from '../../state/briefing-storage';

const slides = (b: Briefing) => `${b.slides.length} ${b.slides.length === 1 ? 'slide' : 'slides'}`;
export const named = (b: Briefing) => `“${b.title}” (${slides(b)})`;

export const STORAGE_TEXT = {
  unreadableTitle: 'Your saved briefing could not be read',
  unreadableSummary:
    'It is kept in this browser’s storage exactly as it is, and the shipped briefing is shown. Nothing will be saved over it: export it to keep it as a file, or discard it to start a briefing of your own.',
  mismatchTitle: 'Your briefing names what the dataset in use does not have',
  mismatchSummary: (dataset: string) =>
    `So the shipped briefing is shown, and yours is kept in this browser unchanged. Open the dataset it was made for to use it again, or export it, or discard it. Its problems with ${dataset}:`,
  exportHeld: 'Export it (JSON)',
  discard: 'Discard it…',
  discardConfirm: 'Remove it from this browser for good?',
  discardYes: 'Discard it',
  discardNo: 'Keep it',
  unsaved: (reason: WriteFailure, fromTheStart: boolean) => {
    if (fromTheStart || reason === 'blocked') {
      return 'This browser does not let the atlas keep anything (its storage is blocked): changes to the briefing last only until this page is closed. Export the briefing to keep it.';
    }
    if (reason === 'full') return 'Your last change is shown but not saved: this browser’s storage is full. Export the briefing to keep it.';
    return 'Your last change is shown but could not be saved in this browser. Export the briefing to keep it.';
  },
  exportInUse: 'Export briefing (JSON)',
  changedElsewhere: (refused: boolean) =>
    refused
      ? 'Another tab saved a change to this briefing just before yours: your last change was not saved over it. This tab now shows the briefing as the other tab saved it.'
      : 'This briefing was changed in another tab; this tab now shows it as the other tab saved it.',
  restored: (previous: Briefing | null) =>
    previous ? `The shipped briefing is in use again; yours, ${named(previous)}, was removed from this browser.` : 'The shipped briefing is in use.',
  undo: 'Undo',
  dismiss: 'Dismiss',
  loadFailedTitle: 'Your briefing could not be read',
} as const;
