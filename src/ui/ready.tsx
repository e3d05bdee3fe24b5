/**
 * `performance.mark('ots:ready')` once the dataset is loaded and every view on screen has drawn it, and
 * `performance.mark('ots:all-drawn')` once every view of the layout has drawn, those below the fold too.
 *
 * The layout names the views it shows; each view reports when it has drawn. A view whose place is off screen when the
 * page is first laid out says so (see useDrawWhenSeen): `ots:ready` does not wait for it, and it is drawn afterwards.
 */
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { afterPaint } from './after-paint';

export const READY_MARK = 'ots:ready';
export const ALL_DRAWN_MARK = 'ots:all-drawn';

export interface ReadyReports {
  /** The view has drawn what it shows. */
  drawn(view: string): void;
  /** The view's place is off screen: `ots:ready` does not wait for it. */
  offScreen(view: string): void;
  /** Calls back once `ots:ready` is marked (at once when it has been); returns a function that cancels the call. */
  whenReady(callback: () => void): () => void;
}

const NO_TRACKER: ReadyReports = {
  drawn: () => {},
  offScreen: () => {},
  whenReady: (callback) => {
    callback();
    return () => {};
  },
};

const ReadyContext = createContext<ReadyReports>(NO_TRACKER);

interface Progress {
  drawn: Set<string>;
  offScreen: Set<string>;
  ready: boolean;
  /** `ots:ready` has been marked (once the frame after `ready` has been painted). */
  readyMarked: boolean;
  allDrawn: boolean;
  waiting: Set<() => void>;
}

export function ReadyTracker({ views, children }: { views: readonly string[]; children: ReactNode }) {
  const progress = useRef<Progress>({ drawn: new Set(), offScreen: new Set(), ready: false, readyMarked: false, allDrawn: false, waiting: new Set() });
  const key = views.join('|');
  const reports = useMemo<ReadyReports>(() => {
    const expected = key.split('|');
    const p = progress.current;
    // Views report drawn from their effects, after React's commit and before the browser paints: each mark is set once
    // the frame showing what it stands for has been painted, as the map's marks are.
    const check = () => {
      if (!p.ready && expected.every((v) => p.drawn.has(v) || p.offScreen.has(v))) {
        p.ready = true;
        afterPaint(() => {
          p.readyMarked = true;
          performance.mark(READY_MARK);
          const waiting = [...p.waiting];
          p.waiting.clear();
          for (const callback of waiting) callback();
        });
      }
      if (!p.allDrawn && expected.every((v) => p.drawn.has(v))) {
        p.allDrawn = true;
        afterPaint(() => performance.mark(ALL_DRAWN_MARK));
      }
    };
    return {
      drawn: (view) => {
        p.drawn.add(view);
        check();
      },
      offScreen: (view) => {
        p.offScreen.add(view);
        check();
      },
      whenReady: (callback) => {
        if (p.readyMarked) {
          callback();
          return () => {};
        }
        p.waiting.add(callback);
        return () => p.waiting.delete(callback);
      },
    };
  }, [key]);
  return <ReadyContext.Provider value={reports}>{children}</ReadyContext.Provider>;
}

/** The reports of the enclosing ReadyTracker (none outside one: a view on its own is ready at once). */
export function useReadyReports(): ReadyReports {
  return useContext(ReadyContext);
}

/** Call in a view once its content is on screen. */
export function useReportDrawn(view: string, drawn = true) {
  const { drawn: report } = useReadyReports();
  useEffect(() => {
    if (drawn) report(view);
  }, [report, view, drawn]);
}
