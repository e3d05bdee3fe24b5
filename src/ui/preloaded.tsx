/**
 * A component from a chunk whose download starts now, at module load, rather than when React first renders it.
 *
 * Not `React.lazy`: a lazy component suspends on its first render even when its chunk has already arrived, and React 19
 * then keeps the Suspense fallback on screen for up to 300 ms before revealing what is ready. Here the component reads
 * the chunk's state from a small store: while the chunk is on its way it shows its `fallback`, once it has arrived it
 * draws at once, and a failed download is thrown during render for the nearest error boundary to show; its retry can
 * call `reload` to download the chunk again.
 *
 * With `{ start: 'first-render' }` the download starts when the component is first rendered instead: for a view that
 * is often drawn later (below the fold), so that its chunk is neither fetched nor evaluated while the first screen is.
 */
import { createElement, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

type Loading<P> = { status: 'loading' } | { status: 'loaded'; component: ComponentType<P> } | { status: 'failed'; error: unknown };

export type PreloadedComponent<P> = ComponentType<P & { fallback?: ReactNode }> & {
  /**
   * After a failed download, lets the next render download the chunk again (browsers fetch a failed module again
   * when it is imported again). For the error boundary's retry; does nothing unless the download failed.
   */
  reload: () => void;
};

export interface PreloadOptions {
  /** When the download starts: when `preloaded` is called (the default), or when the component first renders. */
  start?: 'now' | 'first-render';
}

export function preloaded<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { start = 'now' }: PreloadOptions = {},
): PreloadedComponent<P> {
  let state: Loading<P> = { status: 'loading' };
  const listeners = new Set<() => void>();
  const settle = (next: Loading<P>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    load().then(
      (component) => settle({ status: 'loaded', component }),
      (error: unknown) => settle({ status: 'failed', error }),
    );
  };
  if (start === 'now') begin();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => state;

  const reload = () => {
    if (state.status !== 'failed') return;
    started = false;
    settle({ status: 'loading' });
  };

  function Preloaded({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    // Starting a download from render, as React.lazy does: it happens once, and its result arrives through the store.
    begin();
    const current = useSyncExternalStore(subscribe, snapshot, snapshot);
    if (current.status === 'failed') throw current.error;
    if (current.status === 'loading') return fallback;
    return createElement(current.component, props as unknown as P);
  }
  return Object.assign(Preloaded, { reload });
}
