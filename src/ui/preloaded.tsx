/**
 * A component from a chunk whose download starts now, at module load, rather than when React first renders it.
 *
 * Not `React.lazy`: a lazy component suspends on its first render even when its chunk has already arrived, and React 19
 * then keeps the Suspense fallback on screen for up to 300 ms before revealing what is ready. Here the component reads
 * the chunk's state from a small store: while the chunk is on its way it shows its `fallback`, once it has arrived it
 * draws at once, and a failed download is thrown during render for the nearest error boundary to show.
 */
import { createElement, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

type Loading<P> = { status: 'loading' } | { status: 'loaded'; component: ComponentType<P> } | { status: 'failed'; error: unknown };

export type PreloadedComponent<P> = ComponentType<P & { fallback?: ReactNode }>;

export function preloaded<P extends object>(load: () => Promise<ComponentType<P>>): PreloadedComponent<P> {
  let state: Loading<P> = { status: 'loading' };
  const listeners = new Set<() => void>();
  const settle = (next: Loading<P>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  load().then(
    (component) => settle({ status: 'loaded', component }),
    (error: unknown) => settle({ status: 'failed', error }),
  );
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => state;

  function Preloaded({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const current = useSyncExternalStore(subscribe, snapshot, snapshot);
    if (current.status === 'failed') throw current.error;
    if (current.status === 'loading') return fallback;
    return createElement(current.component, props as unknown as P);
  }
  return Preloaded;
}
