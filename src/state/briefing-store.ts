/**
 * The user's own briefing, kept in the browser (see briefing-storage.ts for how it is stored). Until the user changes
 * anything the shipped briefing is in use and nothing is stored.
 *
 * Nothing the user made is lost:
 * - a stored briefing that cannot be read is reported, left in storage exactly as it is, and offered as a file; no
 *   change is saved over it until the user exports or discards it;
 * - another tab's changes are followed as they are saved (the `storage` event), and a change is never written over a
 *   briefing another tab saved since this one last read it: it is refused, and the user told;
 * - a change the browser cannot save (storage full or blocked) stays on screen, and the user is told it is not kept
 *   and offered the file;
 * - importing a file or restoring the shipped briefing keeps the briefing it replaces, to undo.
 */
import { create } from 'zustand';
import { moveSlide } from '../data/slides';
import type { Briefing, PanelId, Slide } from '../data/briefing-schema';
import type { Problem } from '../data/validate';
import type * as ParseModule from '../data/briefing';
import {
  BRIEFING_STORAGE_KEY,
  browserStorage,
  interpretStored,
  readStoredText,
  writeStored,
  type StorageSource,
  type StoredRead,
  type WriteFailure,
} from './briefing-storage';

export { BRIEFING_STORAGE_KEY };

export interface BriefingActions {
  /** Each edit starts from `base`, the briefing in use (the shipped one until the user's first change). */
  slideAdded: (base: Briefing, slide: Slide) => void;
  slideMoved: (base: Briefing, from: number, to: number) => void;
  slideRetitled: (base: Briefing, index: number, title: string) => void;
  slideNoteChanged: (base: Briefing, index: number, note: string) => void;
  slidePanelChanged: (base: Briefing, index: number, panel: PanelId) => void;
  slideDeleted: (base: Briefing, index: number) => void;
  /** A valid file replaces the user's briefing; the one it replaced can be restored with `undone`. */
  briefingImported: (briefing: Briefing) => void;
  /** Back to the shipped briefing; the user's is removed from storage, and can be restored with `undone`. */
  briefingReset: () => void;
  /** Undoes the last import or restore. */
  undone: () => void;
  /** Removes a stored briefing that could not be read (after the user chose to). */
  unreadableDiscarded: () => void;
  noticeDismissed: (notice: 'unsaved' | 'changedElsewhere' | 'undo') => void;
  /** Reads storage again (after the briefing parser failed to download, say). */
  reloaded: () => void;
}

export interface Unsaved {
  reason: WriteFailure;
  /** Storage was blocked before any change was made: nothing can be kept in this browser. */
  fromTheStart: boolean;
}

interface BriefingState {
  /** The user's briefing; null while the shipped one is in use. */
  custom: Briefing | null;
  /** Reading storage: pending until read (the parser loads on demand), error if the parser could not be loaded. */
  status: 'pending' | 'ready' | 'error';
  loadError: string | null;
  /** A stored briefing that could not be read, kept as it is; changes wait until the user exports or discards it. */
  unreadable: { text: string; problems: Problem[] } | null;
  /** The change on screen is not kept in the browser. */
  unsaved: Unsaved | null;
  /** Another tab saved the briefing; `refused`: this tab's last change was not saved over it. */
  changedElsewhere: { refused: boolean } | null;
  /** The briefing before the last import or restore. */
  undo: { briefing: Briefing | null; after: 'import' | 'restore' } | null;
  actions: BriefingActions;
}

type Parse = typeof ParseModule.parseBriefing;

let storage: StorageSource = browserStorage;
/** What this tab last read from or wrote to storage: a write checks storage still holds it. */
let lastText: string | null = null;
let parser: Promise<Parse> | undefined;
const loadParser = () => {
  parser ??= import('../data/briefing').then(
    (m) => m.parseBriefing,
    (error: unknown) => {
      parser = undefined;
      throw error;
    },
  );
  return parser;
};

function editSlides(base: Briefing, change: (slides: Slide[]) => Slide[]): Briefing {
  return { ...base, slides: change([...base.slides]) };
}

function updateSlide(base: Briefing, index: number, patch: Partial<Slide>): Briefing {
  return editSlides(base, (slides) => slides.map((slide, i) => (i === index ? { ...slide, ...patch } : slide)));
}

export const useBriefingStore = create<BriefingState>()((set, get) => {
  /** What storage holds now, as this tab should show it. */
  const apply = (read: StoredRead) => {
    switch (read.kind) {
      case 'none':
        lastText = null;
        return { custom: null, unreadable: null };
      case 'ok':
        lastText = read.text;
        return { custom: read.briefing, unreadable: null };
      case 'unreadable':
        lastText = read.text;
        return { custom: null, unreadable: { text: read.text, problems: read.problems } };
      case 'blocked':
        lastText = null;
        return { custom: null, unreadable: null, unsaved: { reason: 'blocked' as const, fromTheStart: true } };
    }
  };

  /** Reads storage and shows what it holds. */
  const read = async (): Promise<StoredRead> => {
    const raw = readStoredText(storage);
    if (!raw.ok) return { kind: 'blocked', message: raw.message };
    if (raw.text === null) return { kind: 'none' };
    return interpretStored(raw.text, await loadParser());
  };

  const load = async () => {
    try {
      const result = await read();
      set({ ...apply(result), status: 'ready', loadError: null });
    } catch (error) {
      set({ status: 'error', loadError: error instanceof Error ? error.message : String(error) });
    }
  };

  /** Another tab saved: show what it saved. */
  const follow = async (refused: boolean) => {
    try {
      const result = await read();
      set({ ...apply(result), changedElsewhere: { refused }, undo: null });
    } catch {
      // The parser could not be loaded: the next change will find the conflict again and say so.
    }
  };

  /** Saves `next` (null: back to the shipped briefing) and shows it; false when nothing was changed. */
  const commit = (next: Briefing | null, extra: Partial<BriefingState> = {}): boolean => {
    // Never written over: the user must first export or discard what could not be read.
    if (get().unreadable) return false;
    const outcome = writeStored(next, lastText, storage);
    switch (outcome.kind) {
      case 'saved':
        lastText = outcome.text;
        set({ custom: next, unsaved: null, ...extra });
        return true;
      case 'conflict':
        void follow(true);
        return false;
      case 'failed':
        // Kept on screen, and the user told it is not saved.
        set({ custom: next, unsaved: { reason: outcome.reason, fromTheStart: false }, ...extra });
        return true;
    }
  };

  const edit = (next: Briefing) => void commit(next, { undo: null });

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== null && event.key !== BRIEFING_STORAGE_KEY) return;
      if (event.key !== null && event.newValue === lastText) return;
      void follow(false);
    });
  }

  queueMicrotask(() => void load());

  return {
    custom: null,
    status: 'pending',
    loadError: null,
    unreadable: null,
    unsaved: null,
    changedElsewhere: null,
    undo: null,
    actions: {
      slideAdded: (base, slide) => edit(editSlides(base, (slides) => [...slides, slide])),
      slideMoved: (base, from, to) => edit(editSlides(base, (slides) => moveSlide(slides, from, to))),
      slideRetitled: (base, index, title) => edit(updateSlide(base, index, { title })),
      slideNoteChanged: (base, index, note) => edit(updateSlide(base, index, { note })),
      slidePanelChanged: (base, index, panel) => edit(updateSlide(base, index, { panel })),
      slideDeleted: (base, index) => {
        if (base.slides.length > 1) edit(editSlides(base, (slides) => slides.filter((_, i) => i !== index)));
      },
      briefingImported: (briefing) => void commit(briefing, { undo: { briefing: get().custom, after: 'import' } }),
      briefingReset: () => void commit(null, { undo: { briefing: get().custom, after: 'restore' } }),
      undone: () => {
        const { undo } = get();
        if (undo) void commit(undo.briefing, { undo: null });
      },
      unreadableDiscarded: () => {
        const { unreadable } = get();
        if (!unreadable) return;
        const outcome = writeStored(null, unreadable.text, storage);
        if (outcome.kind === 'saved') {
          lastText = null;
          set({ unreadable: null, custom: null });
        } else if (outcome.kind === 'conflict') void follow(false);
        else set({ unsaved: { reason: outcome.reason, fromTheStart: false } });
      },
      noticeDismissed: (notice) => set(notice === 'unsaved' ? { unsaved: null } : notice === 'undo' ? { undo: null } : { changedElsewhere: null }),
      reloaded: () => {
        set({ status: 'pending', loadError: null });
        void load();
      },
    },
  };
});

export const useCustomBriefing = () => useBriefingStore((s) => s.custom);
export const useBriefingActions = () => useBriefingStore((s) => s.actions);

/** For tests: another storage (one that is full or blocked), read afresh. */
export async function setStorageForTests(source: StorageSource): Promise<void> {
  storage = source;
  lastText = null;
  useBriefingStore.setState({ custom: null, status: 'pending', unreadable: null, unsaved: null, changedElsewhere: null, undo: null });
  await rereadForTests();
}

/** For tests: reads storage again, as the page does when it starts. */
export async function rereadForTests(): Promise<void> {
  useBriefingStore.getState().actions.reloaded();
  await new Promise<void>((resolve) => {
    const done = () => useBriefingStore.getState().status !== 'pending';
    if (done()) return resolve();
    const unsubscribe = useBriefingStore.subscribe(() => {
      if (done()) {
        unsubscribe();
        resolve();
      }
    });
  });
}
