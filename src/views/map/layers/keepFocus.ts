/**
 * Runs a DOM change that may move a focused element (raising a path re-inserts it, which drops its focus) and, if the
 * focus was inside the map and got lost, gives it back to the map, so that keys such as Escape still reach it.
 * (Chrome lets a click focus an SVG path that Leaflet has given focus listeners to, for its tooltips.)
 */
export function keepingFocus(container: HTMLElement, change: () => void): void {
  const active = document.activeElement;
  const inside = active != null && active !== container && container.contains(active);
  change();
  if (inside && document.activeElement !== active) container.focus({ preventScroll: true });
}
