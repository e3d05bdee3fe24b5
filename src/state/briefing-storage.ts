/**
 * The user's briefing in the browser's storage (localStorage, key `ots-atlas:briefing`), read and written so that
 * nothing is lost: what cannot be read is reported and left as it is; a write checks first that storage still holds
 * what this tab last read or wrote (another tab may have saved since), and a write the browser refuses (storage full,
 * storage blocked) says why instead of throwing.
 *
 * What is stored: `{"state":{"custom":<briefing>},"version":1}`. Nothing is stored while the shipped briefing is in
 * use. The briefing inside carries its own format version (see briefing-schema.ts).
 */
import type { Briefing } from '../data/briefing-schema';
import type { Problem } from '../data/validate';

export const BRIEFING_STORAGE_KEY = 'ots-atlas:briefing';
/** Version of what is stored under the key. */
export const STORAGE_VERSION = 1;

export type StoredRead =
  | { kind: 'none' }
  | { kind: 'ok'; briefing: Briefing; text: string }
  /** There, but not readable by this atlas (damaged, another version, not a briefing): kept as it is. */
  | { kind: 'unreadable'; text: string; problems: Problem[] }
  /** The browser does not let the page use its storage at all (SecurityError). */
  | { kind: 'blocked'; message: string };

export type WriteFailure = 'full' | 'blocked' | 'other';
export type WriteOutcome =
  | { kind: 'saved'; text: string | null }
  /** Storage no longer holds what this tab last saw: another tab saved since. Nothing was written. */
  | { kind: 'conflict' }
  | { kind: 'failed'; reason: WriteFailure; message: string };

/** The browser's storage; a getter, since merely reading `window.localStorage` throws where storage is blocked. */
export type StorageSource = () => Storage;
export const browserStorage: StorageSource = () => window.localStorage;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function failureOf(error: unknown): WriteFailure {
  const name = (error as { name?: unknown } | null)?.name;
  const code = (error as { code?: unknown } | null)?.code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  if (name === 'SecurityError') return 'blocked';
  return 'other';
}

/** Reads the raw text under the key, or says storage is blocked. */
export function readStoredText(storage: StorageSource = browserStorage): { ok: true; text: string | null } | { ok: false; message: string } {
  try {
    return { ok: true, text: storage().getItem(BRIEFING_STORAGE_KEY) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/**
 * Makes sense of the stored text. `parse` is the briefing parser (loaded on demand, so that the first screen does not
 * carry the validator).
 */
export function interpretStored(text: string, parse: (json: unknown) => { ok: true; briefing: Briefing } | { ok: false; problems: Problem[] }): StoredRead {
  const unreadable = (problems: Problem[]): StoredRead => ({ kind: 'unreadable', text, problems });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return unreadable([{ path: '', message: `What is stored is not valid JSON (${messageOf(error)}).` }]);
  }
  const stored = value as { state?: { custom?: unknown }; version?: unknown } | null;
  if (stored === null || typeof stored !== 'object' || typeof stored.state !== 'object' || stored.state === null) {
    return unreadable([{ path: '', message: 'What is stored is not a saved briefing.' }]);
  }
  // Written before the key carried a version, it can only be version 1.
  if ((stored.version ?? STORAGE_VERSION) !== STORAGE_VERSION) {
    return unreadable([
      {
        path: 'version',
        message: `It was saved in version ${JSON.stringify(stored.version ?? null).slice(0, 20)} of the atlas's storage; this atlas reads version ${STORAGE_VERSION}.`,
      },
    ]);
  }
  const custom = stored.state.custom ?? null;
  if (custom === null) return { kind: 'none' };
  const parsed = parse(custom);
  if (!parsed.ok) return unreadable(parsed.problems);
  return { kind: 'ok', briefing: parsed.briefing, text };
}

/** The text stored for a briefing. */
export function storedText(briefing: Briefing): string {
  return JSON.stringify({ state: { custom: briefing }, version: STORAGE_VERSION });
}

/**
 * Writes `next` (null: remove, the shipped briefing is back in use) if storage still holds `expected`, the text this
 * tab last read or wrote. Never throws.
 */
export function writeStored(next: Briefing | null, expected: string | null, storage: StorageSource = browserStorage): WriteOutcome {
  let area: Storage;
  let current: string | null;
  try {
    area = storage();
    current = area.getItem(BRIEFING_STORAGE_KEY);
  } catch (error) {
    return { kind: 'failed', reason: failureOf(error) === 'other' ? 'blocked' : failureOf(error), message: messageOf(error) };
  }
  if (current !== expected) return { kind: 'conflict' };
  const text = next ? storedText(next) : null;
  try {
    if (text === null) area.removeItem(BRIEFING_STORAGE_KEY);
    else area.setItem(BRIEFING_STORAGE_KEY, text);
  } catch (error) {
    return { kind: 'failed', reason: failureOf(error), message: messageOf(error) };
  }
  return { kind: 'saved', text };
}

/**
 * What to offer as a file for a stored briefing that cannot be used: the briefing inside, as a briefing file the
 * atlas can import once it is mended, or else the stored text exactly as it is.
 */
export function exportableText(text: string): string {
  try {
    const custom = (JSON.parse(text) as { state?: { custom?: unknown } } | null)?.state?.custom;
    if (custom !== null && typeof custom === 'object') return `${JSON.stringify(custom, null, 2)}\n`;
  } catch {
    // Not JSON: offered as it is.
  }
  return text;
}
