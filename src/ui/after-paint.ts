/**
 * Calls back once the browser has painted the next frame: a requestAnimationFrame callback runs before the frame's
 * style, layout and paint; a task queued from it runs after them. For the performance marks (`ots:*-drawn`,
 * `ots:ready`), which stand for "on screen", not "about to be". Returns a function that cancels the call.
 *
 * Where there are no frames (a page in the background, a test without layout) it calls back after a task.
 */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
