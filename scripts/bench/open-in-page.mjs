/**
 * Functions the open-dataset benchmark runs inside the page (plain JavaScript: the TypeScript runner's helpers do not
 * exist there). Their types are in open-in-page.d.mts.
 */
/* global window, requestAnimationFrame */

/** Collects long tasks and the gaps between animation frames from the moment it is called. */
export function watchMainThread() {
  window.__tasks = [];
  window.__gaps = [];
  window.__watching = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (now) => {
    window.__gaps.push(now - last);
    last = now;
    if (window.__watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Stops watching; the long tasks, the frame gaps, and the JavaScript heap in bytes (NaN where not reported). */
export function stopWatching() {
  window.__watching = false;
  return { tasks: window.__tasks, gaps: window.__gaps, heap: performance.memory ? performance.memory.usedJSHeapSize : Number.NaN };
}
