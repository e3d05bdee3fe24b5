/**
 * Functions the benchmark runs inside the page (passed to page.evaluate): they see the browser's globals only.
 * Plain JavaScript, so that no compiler adds helpers the page does not have; their types are in in-page.d.mts.
 */
/* global window, document, requestAnimationFrame, MutationObserver, SVGGeometryElement */

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

/** A point on a line (an SVG path), nearest its middle, where the topmost element is one of the line's paths. */
export function pointOnLineScript(selector) {
  const paths = [...document.querySelectorAll(selector)].filter((el) => el instanceof SVGGeometryElement);
  // 0.5, 0.48, 0.52, 0.46, … outwards to the ends.
  const fractions = Array.from({ length: 49 }, (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.01 * 2);
  for (const fraction of fractions.filter((f) => f > 0 && f < 1)) {
    for (const path of paths) {
      const matrix = path.getScreenCTM();
      if (!matrix) continue;
      const p = path.getPointAtLength(path.getTotalLength() * fraction);
      const x = matrix.a * p.x + matrix.c * p.y + matrix.e;
      const y = matrix.b * p.x + matrix.d * p.y + matrix.f;
      if (paths.includes(document.elementFromPoint(x, y))) return { x, y };
    }
  }
  return null;
}

/**
 * Arms the measurement before the click is sent. `window.__otsUpdateTiming` then resolves with the time from the
 * click (the event's timestamp) until every check holds and the frame showing it has been painted, or with a message
 * naming the checks that never held.
 */
export function armUpdateTiming(checks) {
  // Defined in here: the page sees this function's source only.
  const holds = (check) => {
    const el = document.querySelector(check.selector);
    if (!el) return false;
    if (check.text != null && el.textContent?.trim() !== check.text) return false;
    if (check.includes != null && !el.textContent?.includes(check.includes)) return false;
    if (check.value != null && el.value !== check.value) return false;
    return true;
  };
  window.__otsUpdateTiming = new Promise((resolve) => {
    let clickedAt = null;
    let done = false;
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (done || clickedAt == null || !checks.every(holds)) return;
      done = true;
      observer.disconnect();
      // The frame with the update is painted after this rAF callback; the task after it runs past the paint.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
    };
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => {
      if (done) return;
      observer.disconnect();
      const failing = checks.filter((c) => !holds(c)).map((c) => c.selector);
      resolve(`timed out: clicked ${clickedAt != null}; not updated: ${failing.join(', ')}`);
    }, 5000);
  });
}

/** The measurement armed by armUpdateTiming. */
export function updateTiming() {
  return window.__otsUpdateTiming;
}

/** What one load of a page shows of itself, once `mark` is set: paint and mark times, bytes by kind. */
export function loadFigures(marks) {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const bytes = { js: 0, css: 0, data: 0, other: 0 };
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  for (const entry of entries) {
    // transferSize is 0 when nothing went over the network (a preload reused, a cache hit).
    if (entry.transferSize === 0) continue;
    const path = new URL(entry.name).pathname;
    const kind = /\.m?js$/.test(path) ? 'js' : /\.css$/.test(path) ? 'css' : /\.json$/.test(path) ? 'data' : 'other';
    bytes[kind] += entry.encodedBodySize;
  }
  return {
    fcp: at('first-contentful-paint'),
    landDrawn: at(marks.landDrawn),
    mapDrawn: at(marks.mapDrawn),
    ready: at(marks.ready),
    allDrawn: at(marks.allDrawn),
    bytes,
  };
}
