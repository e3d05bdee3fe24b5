import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBundledDataset } from '../../test/render';
import { namesByClaim, placeLabels, type Box, type Placement } from './label-placement';

const FRAME: Box = { left: 0, top: 0, right: 400, bottom: 300 };

/** A name's box from its left edge, top edge, width and height. */
const box = (left: number, top: number, width = 80, height = 16): Box => ({ left, top, right: left + width, bottom: top + height });

const at = (b: Box, p: Placement): Box | null =>
  p.shown ? { left: b.left + p.dx, right: b.right + p.dx, top: b.top + p.dy, bottom: b.bottom + p.dy } : null;

const touching = (a: Box, b: Box) => a.left < b.right + 2 && b.left < a.right + 2 && a.top < b.bottom + 2 && b.top < a.bottom + 2;

describe('placeLabels', () => {
  it('leaves names that do not collide in their own places', () => {
    expect(placeLabels([box(10, 10), box(200, 10), box(10, 200)], [], FRAME)).toEqual([
      { shown: true, dx: 0, dy: 0 },
      { shown: true, dx: 0, dy: 0 },
      { shown: true, dx: 0, dy: 0 },
    ]);
  });

  it('moves the later of two colliding names above its place, or below when above is taken', () => {
    // The second overlaps the first; above it is clear.
    expect(placeLabels([box(100, 100), box(150, 96)], [], FRAME)[1]).toEqual({ shown: true, dx: 0, dy: -20 });
    // The first sits just above the second's place, so the second goes below.
    expect(placeLabels([box(100, 90), box(150, 100)], [], FRAME)[1]).toEqual({ shown: true, dx: 0, dy: 20 });
  });

  it('hides a name with no clear place, and the first name always keeps its own', () => {
    const placements = placeLabels([box(100, 100), box(100, 80), box(100, 120), box(110, 100)], [], FRAME);
    expect(placements[0]).toEqual({ shown: true, dx: 0, dy: 0 });
    expect(placements[3]).toEqual({ shown: false });
  });

  it('moves a name off a marker when it can, and keeps it on one when it cannot', () => {
    const capital = box(130, 105, 8, 8);
    expect(placeLabels([box(100, 100)], [capital], FRAME)).toEqual([{ shown: true, dx: 0, dy: -20 }]);
    // Markers above and below too: the name stays where it is rather than being hidden.
    const around = [capital, box(130, 89, 8, 8), box(130, 121, 8, 8)];
    expect(placeLabels([box(100, 100)], around, FRAME)).toEqual([{ shown: true, dx: 0, dy: 0 }]);
  });

  it("keeps a state's name clear of the dots, so that no dot reads as another's", () => {
    // 4 px right of a dot: the name moves above, rather than sit by it.
    const dot = box(86, 104, 10, 10);
    expect(placeLabels([box(100, 100)], [dot], FRAME)).toEqual([{ shown: true, dx: 0, dy: -20 }]);
  });

  it("puts a capital's name beside its own dot, across the dot when a name is in the way", () => {
    const dot = box(190, 104, 10, 10);
    const capital = { ...box(202, 103, 60, 12), point: dot };
    expect(placeLabels([capital], [dot], FRAME)).toEqual([{ shown: true, dx: 0, dy: 0 }]);
    // A state's name to its right: the capital's goes to the dot's left, as far from it (190 - 2 - 60 = 128).
    const [, across] = placeLabels([box(240, 100), capital], [dot], FRAME);
    expect(across).toEqual({ shown: true, dx: 128 - 202, dy: 0 });
  });

  it('keeps a name inside the map when its own place runs off the edge', () => {
    expect(placeLabels([box(100, 290)], [], FRAME)).toEqual([{ shown: true, dx: 0, dy: -20 }]);
  });

  it('never draws two names on top of each other, whatever the boxes', () => {
    const anyBox = fc
      .record({ left: fc.integer({ min: -50, max: 450 }), top: fc.integer({ min: -50, max: 350 }), width: fc.integer({ min: 10, max: 160 }), height: fc.integer({ min: 8, max: 40 }) })
      .map(({ left, top, width, height }) => box(left, top, width, height));
    fc.assert(
      fc.property(fc.array(anyBox, { maxLength: 12 }), fc.array(anyBox, { maxLength: 12 }), (labels, markers) => {
        const placements = placeLabels(labels, markers, FRAME);
        expect(placements).toHaveLength(labels.length);
        if (labels.length > 0) expect(placements[0]?.shown).toBe(true);
        const shown = labels.map((b, i) => at(b, placements[i]!)).filter((b): b is Box => b !== null);
        shown.forEach((a, i) => shown.slice(i + 1).forEach((b) => expect(touching(a, b)).toBe(false)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('namesByClaim', () => {
  it("puts the members' names first (by their latest status, not the year's), then the observers', each larger entity first", () => {
    const labels = loadBundledDataset().entities.map((entity) => ({ entity, point: [0, 0] as [number, number], small: false }));
    const order = ['KAZ', 'TUR', 'UZB', 'KGZ', 'AZE', 'TKM', 'HUN', 'CYN'];
    expect(namesByClaim(labels)).toEqual(order);
    expect(namesByClaim([...labels].reverse())).toEqual(order);
  });
});
