/**
 * Support for the chart tests (not used by the app): a ResizeObserver that reports a fixed size, so Recharts'
 * ResponsiveContainer draws in jsdom; and a catcher for CSV downloads.
 */

/** Installs a ResizeObserver reporting `width`×`height` for every element; returns the undo. */
export function installResizeObserver(width = 640, height = 320): () => void {
  class FixedSizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const entry = { target, contentRect: { width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0 } };
      this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  const previous = globalThis.ResizeObserver;
  globalThis.ResizeObserver = FixedSizeObserver as unknown as typeof ResizeObserver;
  return () => {
    globalThis.ResizeObserver = previous;
  };
}

export interface CaughtDownload {
  fileName: string;
  blob: Blob;
}

/** Catches files offered for download through a Blob URL and `<a download>`; returns them and the undo. */
export function catchDownloads(): { files: CaughtDownload[]; restore: () => void } {
  const files: CaughtDownload[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test-${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  });
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ fileName: this.download, blob });
  };
  return {
    files,
    restore: () => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Makes the browser report `prefers-reduced-motion: reduce`, so charts draw without animation; returns the undo. */
export function preferReducedMotion(): () => void {
  const original = window.matchMedia;
  window.matchMedia = ((query: string) => ({
    matches: query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
  return () => {
    window.matchMedia = original;
  };
}
