import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitContain, LEGEND_SCALE, PNG_SIZE, stampLayout, wrapText, type Rect } from './layout';

const byChars = (s: string) => s.length;
const inside = (r: Rect, box: Rect) =>
  r.x >= box.x - 1e-6 && r.y >= box.y - 1e-6 && r.x + r.width <= box.x + box.width + 1e-6 && r.y + r.height <= box.y + box.height + 1e-6;
const overlap = (a: Rect, b: Rect) => Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);

describe('wrapText', () => {
  it('breaks at spaces within the width, and gives an over-long word its own line', () => {
    expect(wrapText('one two three four', 9, byChars)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a verylongwordindeed b', 5, byChars)).toEqual(['a', 'verylongwordindeed', 'b']);
    expect(wrapText('   ', 5, byChars)).toEqual([]);
  });

  it('ends the last kept line with an ellipsis when lines are left out, still within the width', () => {
    const lines = wrapText('alpha beta gamma delta epsilon zeta', 12, byChars, 2);
    expect(lines).toEqual(['alpha beta', 'gamma …']);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
  });
});

describe('fitContain', () => {
  it('scales to the box keeping the shape, centred, and never beyond the largest scale', () => {
    expect(fitContain({ width: 200, height: 100 }, { x: 0, y: 0, width: 100, height: 100 })).toEqual({ x: 0, y: 25, width: 100, height: 50 });
    expect(fitContain({ width: 20, height: 10 }, { x: 10, y: 10, width: 100, height: 100 }, 1)).toEqual({ x: 50, y: 55, width: 20, height: 10 });
  });
});

describe('stampLayout', () => {
  const base = { canvas: PNG_SIZE, subtitleLines: 1, footerLines: 2 };

  it('puts a wide, short key below a wide figure, at the figure’s scale up to the readable minimum', () => {
    const layout = stampLayout({ ...base, figure: { width: 1200, height: 620 }, legend: { width: 800, height: 130 } });
    expect(layout.legend!.y).toBeGreaterThan(layout.figure.y + layout.figure.height);
    expect(layout.legend!.width / 800).toBeCloseTo(Math.min(layout.figure.width / 1200, LEGEND_SCALE), 6);
  });

  it('puts a tall key beside a wide figure', () => {
    const layout = stampLayout({ ...base, figure: { width: 1680, height: 900 }, legend: { width: 1120, height: 1100 } });
    expect(layout.legend!.x).toBeGreaterThan(layout.figure.x + layout.figure.width);
  });

  it('keeps text, figure and key apart and inside the canvas, whatever their sizes', () => {
    const size = fc.record({ width: fc.integer({ min: 1, max: 5000 }), height: fc.integer({ min: 1, max: 5000 }) });
    fc.assert(
      fc.property(size, fc.option(size, { nil: null }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 4 }), (figure, legend, subtitleLines, footerLines) => {
        const layout = stampLayout({ canvas: PNG_SIZE, figure, legend, subtitleLines, footerLines });
        expect(inside(layout.figure, layout.body)).toBe(true);
        if (layout.legend) {
          expect(inside(layout.legend, layout.body)).toBe(true);
          expect(overlap(layout.figure, layout.legend)).toBe(false);
        }
        expect(layout.body.y).toBeGreaterThan(Math.max(layout.titleBaseline, ...layout.subtitleBaselines));
        expect(layout.body.y + layout.body.height).toBeLessThan(Math.min(...layout.footerBaselines) - 20);
        expect(Math.max(...layout.footerBaselines)).toBeLessThanOrEqual(PNG_SIZE.height);
      }),
    );
  });
});
