/**
 * Views below the fold are drawn after the first screen, not with it.
 *
 * A view whose place is on screen when the layout first lays it out is drawn at once. One below the fold tells the
 * ReadyTracker so (`ots:ready` does not wait for it) and is drawn, in an interruptible render, once the views on
 * screen have drawn and the browser is idle: well before anyone has scrolled to it. It is drawn sooner when it is
 * scrolled near, when the page is about to print, or when drawEveryView() asks; and in any case after a few seconds,
 * should a view on screen never report drawn (it failed, say).
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { ALL_DRAWN_MARK, useReadyReports } from './ready';

/** How far from the viewport a waiting view starts drawing, as the page scrolls. */
const NEAR = '300px 0px';
/** Drawn after this long even when `ots:ready` never comes. */
const AT_THE_LATEST_MS = 4000;
const DRAW_EVERY_VIEW = 'ots:draw-every-view';

function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom >= 0 && box.top <= window.innerHeight;
}

function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 1);
  return () => window.clearTimeout(handle);
}

/**
 * A ref for the view's place, and whether the view should draw now. `draw` is always true when `enabled` is false (a
 * layout whose views are all on screen).
 */
export function useDrawWhenSeen<T extends Element>(view: string, enabled: boolean): { place: RefObject<T | null>; draw: boolean } {
  const reports = useReadyReports();
  const place = useRef<T>(null);
  const [draw, setDraw] = useState(!enabled);
  useLayoutEffect(() => {
    const element = place.current;
    if (draw) return;
    // Where the place is is known only once it is laid out; a view on screen draws in a second render, before the
    // first paint.
    const seen = !element || onScreen(element);
    if (seen) {
      setDraw(seen);
      return;
    }
    reports.offScreen(view);
    const drawSoon = () => startTransition(() => setDraw(true));
    const drawNear = () => setDraw(true);
    // Printing lays the page out as soon as `beforeprint` returns.
    const drawNow = () => flushSync(() => setDraw(true));
    let cancelIdle = () => {};
    const cancelReady = reports.whenReady(() => {
      cancelIdle = whenIdle(drawSoon);
    });
    const latest = window.setTimeout(drawSoon, AT_THE_LATEST_MS);
    // The observer's first report is where the place is now, already judged below the fold: only a scroll counts.
    let first = true;
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              if (!first && entries.some((e) => e.isIntersecting)) drawNear();
              first = false;
            },
            { rootMargin: NEAR },
          )
        : undefined;
    observer?.observe(element);
    window.addEventListener('beforeprint', drawNow);
    window.addEventListener(DRAW_EVERY_VIEW, drawNow);
    return () => {
      cancelReady();
      cancelIdle();
      window.clearTimeout(latest);
      observer?.disconnect();
      window.removeEventListener('beforeprint', drawNow);
      window.removeEventListener(DRAW_EVERY_VIEW, drawNow);
    };
    // Decided once, when the place is first laid out; `draw` only ever turns true.
  }, [draw, reports, view]);
  return { place, draw };
}

/**
 * Draws every view still waiting below the fold and resolves once all have drawn (`ots:all-drawn`), or after
 * `timeoutMs` regardless: printing, for one, must not wait forever on a view that failed. The default is generous: on
 * a slow machine a view's code can take a few seconds to arrive and draw, and a printout with a loading card in its
 * place is worse than a print dialog that opens a little later.
 */
export function drawEveryView(timeoutMs = 10_000): Promise<void> {
  window.dispatchEvent(new Event(DRAW_EVERY_VIEW));
  return new Promise((resolve) => {
    let poll: number | undefined;
    const finish = () => {
      window.clearTimeout(giveUp);
      window.clearTimeout(poll);
      resolve();
    };
    const giveUp = window.setTimeout(finish, timeoutMs);
    const check = () => {
      if (performance.getEntriesByName(ALL_DRAWN_MARK).length > 0) finish();
      else poll = window.setTimeout(check, 50);
    };
    check();
  });
}

let printing: Promise<void> | null = null;

/**
 * Prints the page once every view has drawn, below the fold too: the Print… button, and the shortcut below. Asked
 * again while it waits, it opens one print dialog, not two.
 */
export function printEveryView(): Promise<void> {
  printing ??= drawEveryView()
    .then(() => window.print())
    .finally(() => {
      printing = null;
    });
  return printing;
}

/** Ctrl+P, or ⌘P on a Mac: the browser's own print shortcut. */
function isPrintShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
}

/**
 * While a view below the fold has not drawn yet, the print shortcut draws it before the print dialog opens, as the
 * Print… button does: printed at once, its place would hold a loading card (`beforeprint` can draw a view whose code
 * has arrived, but cannot wait for code still on its way). Once every view has drawn, the browser prints as usual.
 */
export function usePrintShortcut(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event) || performance.getEntriesByName(ALL_DRAWN_MARK).length > 0) return;
      event.preventDefault();
      void printEveryView();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
