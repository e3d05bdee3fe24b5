/**
 * `performance.mark('ots:ready')` once the dataset is loaded and every view on screen has drawn it.
 * The layout names the views it shows; each view reports when it has drawn.
 */
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';

export const READY_MARK = 'ots:ready';

const ReadyContext = createContext<(view: string) => void>(() => {});

export function ReadyTracker({ views, children }: { views: readonly string[]; children: ReactNode }) {
  const drawn = useRef(new Set<string>());
  const marked = useRef(false);
  const key = views.join('|');
  const report = useMemo(() => {
    const expected = key.split('|');
    return (view: string) => {
      drawn.current.add(view);
      if (!marked.current && expected.every((v) => drawn.current.has(v))) {
        marked.current = true;
        performance.mark(READY_MARK);
      }
    };
  }, [key]);
  return <ReadyContext.Provider value={report}>{children}</ReadyContext.Provider>;
}

/** Call in a view once its content is on screen. */
export function useReportDrawn(view: string, drawn = true) {
  const report = useContext(ReadyContext);
  useEffect(() => {
    if (drawn) report(view);
  }, [report, view, drawn]);
}
