/**
 * Puts some of a layer's shapes on top of the others, so that a selected state's outline or a selected corridor is
 * drawn whole. SVG has no z-index: the order of the elements is the order of drawing, so raising means moving
 * elements. Moving the element that has the focus, or the one under the pointer, is what costs: the browser drops the
 * focus (so keys such as Escape no longer reach the map) and re-fires mouseover, and a click on a state would move
 * exactly that element. So this moves the other elements instead whenever the raised ones are pinned there.
 */

/** An element the browser would have to re-home if it moved: it has the focus or the pointer. */
function pinned(el: Element): boolean {
  return el === document.activeElement || el.matches(':hover');
}

/**
 * Reorders `elements` (siblings, in document order) so that those for which `onTop` holds come last, each group in its
 * own order. Moves the raised elements up, or the others down before them, whichever moves no pinned element and, of
 * those, the fewest elements. Returns how many elements moved.
 */
export function raise(elements: readonly Element[], onTop: (el: Element) => boolean): number {
  const parent = elements[0]?.parentNode;
  if (!parent) return 0;
  const ordered = [...elements].filter((el) => el.parentNode === parent);
  ordered.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const firstTop = ordered.findIndex(onTop);
  const lastOther = ordered.findLastIndex((el) => !onTop(el));
  if (firstTop < 0 || lastOther < firstTop) return 0;

  // Up: every raised element from the first one out of place goes to the end, in order.
  const up = ordered.slice(firstTop).filter(onTop);
  // Down: every other element after the first raised one goes just before it, in order.
  const down = ordered.slice(firstTop).filter((el) => !onTop(el));
  const upAllowed = !up.some(pinned);
  const downAllowed = !down.some(pinned);
  const moved = upAllowed && (!downAllowed || up.length <= down.length) ? up : down;
  const active = document.activeElement;
  if (moved === up) {
    // After the group's last element, so that the group keeps its place among anything else in the parent.
    const after = ordered[ordered.length - 1]!.nextSibling;
    for (const el of up) parent.insertBefore(el, after);
  } else {
    const anchor = ordered[firstTop]!;
    for (const el of down) parent.insertBefore(el, anchor);
  }
  // Only when both ways would move a pinned element: give the focus back to the element that had it.
  if (active instanceof SVGElement && active !== document.activeElement && moved.includes(active)) active.focus({ preventScroll: true });
  return moved.length;
}
