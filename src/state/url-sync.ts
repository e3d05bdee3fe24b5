/**
 * Keeps the URL and the store in step: a user's selection pushes a history entry, Back and Forward restore the
 * view, and a link is checked against the dataset (and, for a slide, against the briefing) once they have loaded.
 */
import { useEffect, useEffectEvent } from 'react';
import { create } from 'zustand';
import type { Dataset } from '../data/schema';
import type { Briefing } from '../data/briefing-schema';
import { useAtlasStore, viewOf, type View } from './store';
import { formatSearch, parseSearch, sameView, withEventYear, type Dropped, type ParsedView } from './url-state';
import type { EmbedPanel } from '../ui/export/embed';
import { knownValues } from './hooks';
import { afterPaint } from '../ui/after-paint';

function currentSearch(): string {
  return window.location.search;
}

/** The page's address as last written or restored, for what shows it (an embedded panel's link to the full atlas). */
const useHrefStore = create<{ href: string }>()(() => ({ href: window.location.href }));
const addressChanged = () => useHrefStore.setState({ href: window.location.href });
export const useCurrentHref = () => useHrefStore((s) => s.href);

function writeUrl(search: string, mode: 'push' | 'replace') {
  // Replacing the entry with the URL it has changes nothing, and costs the browser a history update.
  if (mode === 'replace' && search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  addressChanged();
}

function differsFromUrl(state: ReturnType<typeof useAtlasStore.getState>, defaultYear: number | null): boolean {
  const fromUrl = parseSearch(currentSearch());
  return !sameView(viewOf(state), fromUrl.view, defaultYear) || state.slide !== fromUrl.slide;
}

/**
 * The history write that a change of view asks for, made once the frame showing the change has been painted: a
 * pushState costs the browser a few milliseconds, which a click should not keep the views waiting for. Changes made
 * before the write are folded into it (it writes the view as it is then, pushing an entry if any of them asked for
 * one). Anything that reads the address (copying a link) calls `flushUrl` first; a page being hidden flushes it too.
 */
interface PendingWrite {
  mode: 'push' | 'replace';
  /** The query to write, or null when the URL already shows the view. */
  search: () => string | null;
  cancel: () => void;
}
let pending: PendingWrite | null = null;

function scheduleWrite(mode: PendingWrite['mode'], search: PendingWrite['search']) {
  if (pending) {
    if (mode === 'push') pending.mode = 'push';
    pending.search = search;
    return;
  }
  const cancelPaint = afterPaint(flushUrl);
  window.addEventListener('pagehide', flushUrl);
  document.addEventListener('visibilitychange', flushUrl);
  pending = {
    mode,
    search,
    cancel: () => {
      cancelPaint();
      window.removeEventListener('pagehide', flushUrl);
      document.removeEventListener('visibilitychange', flushUrl);
    },
  };
}

function cancelWrite(): PendingWrite | null {
  const write = pending;
  pending = null;
  write?.cancel();
  return write;
}

/** Makes the history write a change of view is waiting for, now: before reading the address. */
export function flushUrl(): void {
  const write = cancelWrite();
  const search = write?.search();
  if (write && search != null) writeUrl(search, write.mode);
}

/** The address of the view on screen, as a link to it. */
export function currentUrl(): string {
  flushUrl();
  return window.location.href;
}

/** Set while a change is made that is not the user's own choice (a player stepping on): it replaces the entry. */
let replacing = false;

/**
 * Makes a change to the view without adding a history entry: for changes the user did not make one by one, such as
 * the steps of a player, so that Back returns to where the user was, not through every step.
 */
export function withoutHistoryEntry(change: () => void): void {
  replacing = true;
  try {
    change();
  } finally {
    replacing = false;
  }
}

/** What the last link or history step had that could not be used; kept apart from the user's intent. */
const useDroppedStore = create<{ dropped: Dropped[] }>()(() => ({ dropped: [] }));
const setDropped = (dropped: Dropped[]) => useDroppedStore.setState({ dropped });

/** The panel the link shows on its own (`?embed=`), or null for the whole atlas: how to show, not what. */
const useEmbedStore = create<{ embed: EmbedPanel | null }>()(() => ({ embed: null }));
const applyLink = (parsed: ParsedView) => {
  setDropped(parsed.dropped);
  if (useEmbedStore.getState().embed !== parsed.embed) useEmbedStore.setState({ embed: parsed.embed });
};
export const useEmbedPanel = () => useEmbedStore((s) => s.embed);

/** Restores the view from the address bar before the first render (syntax checks only). */
export function restoreViewFromLocation(): void {
  addressChanged();
  const parsed = parseSearch(currentSearch());
  useAtlasStore.getState().actions.viewRestored(parsed.view, parsed.slide);
  applyLink(parsed);
}

/** The slide a link asks for, checked against the briefing: its saved view, or why it was dropped. */
function slideFromLink(slide: number, briefing: Briefing, known: Parameters<typeof withEventYear>[1]): { view: View } | { dropped: Dropped } {
  const saved = briefing.slides[slide - 1];
  if (!saved) {
    const count = briefing.slides.length;
    return { dropped: { param: 'slide', value: String(slide), reason: `the briefing has ${count} slide${count === 1 ? '' : 's'}` } };
  }
  return { view: withEventYear({ ...saved.view }, known) };
}

/**
 * Returns what was dropped from the link, so the app can say so. `briefing` is the one in use (once known): a link
 * to a slide shows that slide's saved view.
 */
export function useUrlSync(dataset: Dataset | undefined, briefing?: Briefing): Dropped[] {
  const dropped = useDroppedStore((s) => s.dropped);
  const currentBriefing = useEffectEvent(() => briefing);
  const briefingKnown = briefing !== undefined;

  // Once the dataset (and the briefing, for a slide) is known, drop what they do not have, without a history entry.
  useEffect(() => {
    if (!dataset) return;
    const known = knownValues(dataset);
    const parsed = parseSearch(currentSearch(), known);
    let { view, slide } = parsed;
    const problems = [...parsed.dropped];
    const current = currentBriefing();
    if (slide != null && current) {
      const outcome = slideFromLink(slide, current, known);
      if ('view' in outcome) view = outcome.view;
      else {
        problems.push(outcome.dropped);
        slide = null;
      }
    }
    useAtlasStore.getState().actions.viewRestored(view, slide);
    writeUrl(formatSearch(view, currentSearch(), known.defaultYear, slide), 'replace');
    applyLink({ ...parsed, dropped: problems });
  }, [dataset, briefingKnown]);

  // The store changed: if the view differs from the one in the URL, the user made a choice, so push it
  // (or replace the entry, for a change made without one), once the frame showing it has been painted.
  useEffect(() => {
    const defaultYear = dataset ? knownValues(dataset).defaultYear : null;
    const unsubscribe = useAtlasStore.subscribe((state) => {
      if (!differsFromUrl(state, defaultYear)) return;
      scheduleWrite(replacing ? 'replace' : 'push', () => {
        const now = useAtlasStore.getState();
        return differsFromUrl(now, defaultYear) ? formatSearch(viewOf(now), currentSearch(), defaultYear, now.slide) : null;
      });
    });
    return () => {
      unsubscribe();
      flushUrl();
    };
  }, [dataset]);

  // Back and Forward: the URL changed under us, so the store follows it (and a write not yet made is dropped).
  useEffect(() => {
    const onPop = () => {
      cancelWrite();
      addressChanged();
      const parsed = parseSearch(currentSearch(), dataset ? knownValues(dataset) : undefined);
      useAtlasStore.getState().actions.viewRestored(parsed.view, parsed.slide);
      applyLink(parsed);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dataset]);

  return dropped;
}
