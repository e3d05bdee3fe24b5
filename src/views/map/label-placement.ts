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

/** Where a name is drawn: moved by `dx`, `dy` pixels from its own place, or not at all. */
export type Placement = { shown: true; dx: number; dy: number } | { shown: false };

/**
 * A name to place: its box at its own place, and what it names. A state's name moves just above or below its place;
 * a capital's name, drawn beside its dot, may also cross to the dot's other side (`point`: the dot's box).
 */
export interface Label extends Box {
  point?: Box;
}

/** Names are kept this far apart, so that their white halos do not merge. */
const GAP = 2;
/**
 * A state's name keeps this far from every dot on its line: right beside one, a name reads as that dot's (Tashkent's
 * dot by "Kyrgyzstan"). A capital's name, beside its own dot, keeps the names' gap.
 */
const CLEAR_OF_DOTS = 6;

function overlaps(a: Box, b: Box, gapX = GAP, gapY = GAP): boolean {
  return a.left < b.right + gapX && b.left < a.right + gapX && a.top < b.bottom + gapY && b.top < a.bottom + gapY;
}

function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}

function moved(box: Box, dx: number, dy: number): Box {
  return { left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy };
}

/** The places a name may take, its own first: then above, below, and for a name beside a dot, across the dot. */
function offsets(label: Label): { dx: number; dy: number }[] {
  // A step clear of the name's own place, with room for a smaller name between (a capital's beside its dot).
  const step = label.bottom - label.top + 2 * GAP;
  const own = [{ dx: 0, dy: 0 }, { dx: 0, dy: -step }, { dx: 0, dy: step }];
  if (!label.point) return own;
  // As far left of the dot as it is right of it now.
  const gap = label.left - label.point.right;
  return [own[0]!, { dx: label.point.left - gap - label.right, dy: 0 }, ...own.slice(1)];
}

/**
 * Places names given by their boxes in their own places, in order of priority (the first wins a contested spot).
 * A name goes to the first of its places (see `offsets`) that is clear of the names already placed, of the dots and
 * of the map's edges; failing that, a state's name goes to the first clear of the names alone; failing that, it is
 * hidden. Names never overlap each other; a state's name overlaps a dot or the edge only when no place avoids it, a
 * capital's never.
 */
export function placeLabels(labels: readonly Label[], markers: readonly Box[], frame: Box): Placement[] {
  const placed: Box[] = [];
  return labels.map((label) => {
    const clearance = label.point ? GAP : CLEAR_OF_DOTS;
    const candidates = offsets(label).map(({ dx, dy }) => ({ dx, dy, box: moved(label, dx, dy) }));
    const clearOfNames = candidates.filter((c) => !placed.some((other) => overlaps(c.box, other)));
    const clear = clearOfNames.find((c) => inside(c.box, frame) && !markers.some((marker) => marker !== label.point && overlaps(c.box, marker, clearance, 0)));
    // A capital's name on another dot would name the wrong one: it waits for a closer zoom instead.
    const best = clear ?? (label.point ? undefined : clearOfNames[0]);
    if (!best) return { shown: false };
    placed.push(best.box);
    return { shown: true, dx: best.dx, dy: best.dy };
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
