/**
 * The user's own briefing, kept in the browser (localStorage, versioned). Until the user changes anything the shipped
 * briefing is in use and nothing is stored. A stored briefing that cannot be read is reported and left in storage
 * untouched until the user changes the briefing, so it is not thrown away by merely opening the atlas.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { moveSlide } from '../data/slides';
import type { Briefing, PanelId, Slide } from '../data/briefing-schema';
import type { Problem } from '../data/validate';

export const BRIEFING_STORAGE_KEY = 'ots-atlas:briefing';
/** Version of what is stored under the key (the briefing inside carries its own format version). */
const STORAGE_VERSION = 1;

export interface BriefingActions {
  /** Each edit starts from `base`, the briefing in use (the shipped one until the user's first change). */
  slideAdded: (base: Briefing, slide: Slide) => void;
  slideMoved: (base: Briefing, from: number, to: number) => void;
  slideRetitled: (base: Briefing, index: number, title: string) => void;
  slideNoteChanged: (base: Briefing, index: number, note: string) => void;
  slidePanelChanged: (base: Briefing, index: number, panel: PanelId) => void;
  slideDeleted: (base: Briefing, index: number) => void;
  briefingImported: (briefing: Briefing) => void;
  /** Back to the shipped briefing; the user's is removed from storage. */
  briefingReset: () => void;
}

interface BriefingState {
  custom: Briefing | null;
  actions: BriefingActions;
}

/** Why the stored briefing could not be used; not itself stored. */
export const useStoredBriefingProblems = create<{ problems: Problem[] | null }>()(() => ({ problems: null }));
/** Whether the stored briefing has been read (it is read asynchronously, with the validator loaded on demand). */
export const useBriefingHydrated = create<{ hydrated: boolean }>()(() => ({ hydrated: false }));

type Stored = Pick<BriefingState, 'custom'>;

/**
 * localStorage, read through the briefing validator. The validator (zod) is loaded only when a stored briefing is
 * read, so the first screen does not wait for it. What cannot be read is reported and left in storage as it is.
 */
const validatedStorage: PersistStorage<Stored> = {
  getItem: async (name) => {
    const text = window.localStorage.getItem(name);
    if (text === null) return null;
    const report = (problems: Problem[]) => {
      useStoredBriefingProblems.setState({ problems });
      return null;
    };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return report([{ path: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
    }
    const stored = value as Partial<StorageValue<{ custom?: unknown }>> | null;
    const custom = stored?.state?.custom ?? null;
    if (custom === null) return { state: { custom: null }, version: stored?.version ?? STORAGE_VERSION };
    const { parseBriefing } = await import('../data/briefing');
    const parsed = parseBriefing(custom);
    if (!parsed.ok) return report(parsed.problems);
    return { state: { custom: parsed.briefing }, version: stored?.version ?? STORAGE_VERSION };
  },
  setItem: (name, value) => window.localStorage.setItem(name, JSON.stringify(value)),
  removeItem: (name) => window.localStorage.removeItem(name),
};

function editSlides(base: Briefing, change: (slides: Slide[]) => Slide[]): Briefing {
  return { ...base, slides: change([...base.slides]) };
}

function updateSlide(base: Briefing, index: number, patch: Partial<Slide>): Briefing {
  return editSlides(base, (slides) => slides.map((slide, i) => (i === index ? { ...slide, ...patch } : slide)));
}

export const useBriefingStore = create<BriefingState>()(
  persist(
    (set) => ({
      custom: null,
      actions: {
        slideAdded: (base, slide) => set({ custom: editSlides(base, (slides) => [...slides, slide]) }),
        slideMoved: (base, from, to) => set({ custom: editSlides(base, (slides) => moveSlide(slides, from, to)) }),
        slideRetitled: (base, index, title) => set({ custom: updateSlide(base, index, { title }) }),
        slideNoteChanged: (base, index, note) => set({ custom: updateSlide(base, index, { note }) }),
        slidePanelChanged: (base, index, panel) => set({ custom: updateSlide(base, index, { panel }) }),
        slideDeleted: (base, index) =>
          set({ custom: base.slides.length > 1 ? editSlides(base, (slides) => slides.filter((_, i) => i !== index)) : base }),
        briefingImported: (briefing) => set({ custom: briefing }),
        briefingReset: () => set({ custom: null }),
      },
    }),
    {
      name: BRIEFING_STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: validatedStorage,
      partialize: (state) => ({ custom: state.custom }),
      onRehydrateStorage: () => () => useBriefingHydrated.setState({ hydrated: true }),
    },
  ),
);

export const useCustomBriefing = () => useBriefingStore((s) => s.custom);
export const useBriefingActions = () => useBriefingStore((s) => s.actions);
