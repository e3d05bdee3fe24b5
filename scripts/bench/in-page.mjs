/**
 * Functions the map benchmark runs inside the page (passed to page.evaluate): they see the browser's globals only.
 */
/* global window, document, requestAnimationFrame, MutationObserver */

/** A point inside the shape that nothing covers, nearest its centre. */
export function freePointScript(selector) {
  const el = document.querySelector(selector);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const points = [];
  for (let i = 1; i < 20; i++) {
    for (let j = 1; j < 20; j++) {
      const x = box.x + (box.width * i) / 20;
      const y = box.y + (box.height * j) / 20;
      if (document.elementFromPoint(x, y) === el) points.push({ x, y, d: Math.hypot(x - box.x - box.width / 2, y - box.y - box.height / 2) });
    }
  }
  points.sort((a, b) => a.d - b.d);
  return points[0] ?? null;
}

/**
 * Arms the measurement in the page, before the click is sent: `window.__otsClickTiming` then resolves with the time
 * from the click to the painted update (or a message saying why it could not be measured).
 */
export function armClickTiming(name) {
  window.__otsClickTiming = new Promise((resolve) => {
    let clickedAt = null;
    const heading = () => document.querySelector('#details h3')?.textContent?.trim();
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    const check = () => {
      if (clickedAt != null && heading() === name) {
        // The frame with the update is painted after this rAF callback; the task after it runs past the paint.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document.getElementById('details') ?? document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(`timed out: clicked ${clickedAt != null}, heading "${heading()}"`);
    }, 5000);
  });
}

/** The measurement armed by armClickTiming. */
export function clickTiming() {
  return window.__otsClickTiming;
}
