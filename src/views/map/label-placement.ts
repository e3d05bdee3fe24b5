/**
 * Where the map's names go when they would collide: on a small map (a phone, a side panel) the names of neighbours
 * such as Azerbaijan, Uzbekistan and Turkmenistan run into each other and into the capitals' markers. Each name, in
 * order of priority, keeps its own place if it is clear, else moves just above or below it, else is hidden (the shape
 * keeps its tooltip, and the lists below the map name every state).
 */

import { statusInYear } from '../../data/derive';
import type { EntityLabel } from '../../data/geo-features';

/** A rectangle in screen pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a name is drawn: shifted down by `dy` pixels from its own place (up when negative), or not at all. */
export type Placement = { shown: true; dy: number } | { shown: false };

/** Names are kept this far apart, so that their white halos do not merge. */
const GAP = 2;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}

function shifted(box: Box, dy: number): Box {
  return { left: box.left, right: box.right, top: box.top + dy, bottom: box.bottom + dy };
}

/**
 * Places names given by their boxes in their own places, in order of priority (the first wins a contested spot).
 * A name goes to the first of its own place, just above it, just below it, that is clear of the names already placed,
 * of the markers and of the map's edges; failing that, to the first clear of the names alone; failing that, it is
 * hidden. Names never overlap each other; a name overlaps a marker or the edge only when no place avoids it.
 */
export function placeLabels(labels: readonly Box[], markers: readonly Box[], frame: Box): Placement[] {
  const placed: Box[] = [];
  return labels.map((box) => {
    const height = box.bottom - box.top;
    const candidates = [0, -height, height].map((dy) => ({ dy, box: shifted(box, dy) }));
    const clearOfNames = candidates.filter((c) => !placed.some((other) => overlaps(c.box, other)));
    const best =
      clearOfNames.find((c) => inside(c.box, frame) && !markers.some((marker) => overlaps(c.box, marker))) ?? clearOfNames[0];
    if (!best) return { shown: false };
    placed.push(best.box);
    return { shown: true, dy: best.dy };
  });
}

/**
 * The order in which names claim their places: members' before the others' (by their latest status, so that the order
 * does not change with the year), each larger entity's before a smaller one's.
 */
export function namesByClaim(labels: readonly EntityLabel[]): string[] {
  const member = (label: EntityLabel) => (statusInYear(label.entity, Infinity) === 'member' ? 0 : 1);
  return [...labels]
    .sort((a, b) => member(a) - member(b) || b.entity.area.totalKm2 - a.entity.area.totalKm2)
    .map((label) => label.entity.id);
}
