/**
 * Brings an element into view and gives it the focus once it is on the page: for a link that changes the view and
 * then points at what shows it (a claim in the overview, a panel drawn a moment later). Gives up after about a second.
 */
export function revealWhenDrawn(id: string, tries = 60): void {
  const el = document.getElementById(id);
  if (!el) {
    if (tries > 0) requestAnimationFrame(() => revealWhenDrawn(id, tries - 1));
    return;
  }
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  el.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

/** A plain click (no modifier, main button): the atlas handles it; others open the link as the browser would. */
export function isPlainClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
