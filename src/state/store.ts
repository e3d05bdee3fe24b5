/**
 * The user's intent, and nothing else: what is selected, the year, the scope, and which dataset is open.
 * Data lives in the query cache; views combine both in hooks (see hooks.ts).
 */
import { create } from 'zustand';
import type { DatasetRef } from '../data/queries';
import type { Scope } from '../data/derive';

/** The part of the intent a link can carry. At most one of state, corridor and event is selected. */
export interface View {
  stateId: string | null;
  corridorId: string | null;
  eventId: string | null;
  /** null means the dataset's default year (its latest complete year). */
  year: number | null;
  scope: Scope;
}

export const DEFAULT_VIEW: View = { stateId: null, corridorId: null, eventId: null, year: null, scope: 'members' };

export interface Actions {
  stateSelected: (id: string) => void;
  corridorSelected: (id: string) => void;
  /** Selecting an event also moves the year to the event's year. */
  eventSelected: (id: string, year: number) => void;
  /**
   * A year chosen from any control (the year list and its steps, a chart, a table). The one rule for an event and a
   * year that disagree: a year chosen after the event wins, and the event, which is of another year, is cleared; a
   * year equal to the event's keeps it. (A link naming both keeps the event and drops the year: see url-state.ts.)
   */
  yearChanged: (year: number) => void;
  scopeChanged: (scope: Scope) => void;
  selectionCleared: () => void;
  /** A claim's link: the view that shows it (its set of states and year), with nothing selected. */
  claimViewOpened: (view: { year: number | null; scope: Scope }) => void;
  /** A view arrived from outside (a link, Back or Forward): it replaces the current one, and the slide with it. */
  viewRestored: (view: View, slide?: number | null) => void;
  datasetOpened: (ref: DatasetRef) => void;
  /** Briefing mode: slide `slide` (1-based) is shown, with its saved view. */
  slideShown: (slide: number, view: View) => void;
  /** Leaves briefing mode; the view on screen stays. */
  briefingLeft: () => void;
}

export interface AtlasState extends View {
  dataset: DatasetRef;
  /** The slide shown in briefing mode (1-based), or null outside briefing mode. */
  slide: number | null;
  actions: Actions;
}

const noSelection = { stateId: null, corridorId: null, eventId: null } as const;

export const useAtlasStore = create<AtlasState>()((set) => ({
  ...DEFAULT_VIEW,
  dataset: { kind: 'bundled' },
  slide: null,
  actions: {
    stateSelected: (id) => set({ ...noSelection, stateId: id }),
    corridorSelected: (id) => set({ ...noSelection, corridorId: id }),
    eventSelected: (id, year) => set({ ...noSelection, eventId: id, year }),
    yearChanged: (year) => set((s) => (s.eventId != null && s.year !== year ? { year, eventId: null } : { year })),
    scopeChanged: (scope) => set({ scope }),
    selectionCleared: () => set(noSelection),
    claimViewOpened: ({ year, scope }) => set({ ...noSelection, year, scope }),
    viewRestored: (view, slide = null) => set({ ...view, slide }),
    datasetOpened: (ref) => set({ dataset: ref }),
    slideShown: (slide, view) => set({ ...view, slide }),
    briefingLeft: () => set({ slide: null }),
  },
}));

export function viewOf(state: View): View {
  return {
    stateId: state.stateId,
    corridorId: state.corridorId,
    eventId: state.eventId,
    year: state.year,
    scope: state.scope,
  };
}

/** For tests: back to a fresh store. */
export function resetStore(): void {
  useAtlasStore.setState({ ...DEFAULT_VIEW, dataset: { kind: 'bundled' }, slide: null });
}
