// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The screen's style sheets keep to the type scale in styles.css: five sizes (`--text-xs` … `--text-xl`) and three
 * weights. Text drawn inside the map and the charts' SVG keeps its own pixel sizes (it must not grow with the briefing
 * mode's larger root size), and the print and handout sheets work in points; neither is checked here.
 */
const SRC = fileURLToPath(new URL('..', import.meta.url));
const SHEETS = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.css') && !path.endsWith('print.css'))
  .map((path) => ({ path, text: readFileSync(join(SRC, path), 'utf8') }));
const SCALE = readFileSync(join(SRC, 'app/styles.css'), 'utf8');
const WEIGHTS = new Set(['400', '600', '700', 'inherit']);

function declarations(property: RegExp) {
  return SHEETS.flatMap(({ path, text }) =>
    [...text.matchAll(property)].map((m) => ({ at: `${path}:${text.slice(0, m.index).split('\n').length}`, value: (m[1] ?? '').trim() })),
  );
}

describe('the type scale', () => {
  it('defines five sizes, each larger than the last', () => {
    const sizes = ['xs', 'sm', 'md', 'lg', 'xl'].map((step) => Number(new RegExp(`--text-${step}: ([\\d.]+)rem;`).exec(SCALE)?.[1]));
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });

  it('sizes every text in rem by a step of the scale, never by a figure of its own', () => {
    const offScale = declarations(/font(?:-size)?:\s*([^;}]*?\d(?:\.\d+)?rem[^;}]*)/g).filter(({ value }) => !/var\(--text-(xs|sm|md|lg|xl)\)/.test(value));
    expect(offScale).toEqual([]);
  });

  it('uses three weights', () => {
    const others = declarations(/font-weight:\s*([^;}]+)/g).filter(({ value }) => !WEIGHTS.has(value));
    expect(others).toEqual([]);
  });

  it('finds the sheets it checks', () => {
    expect(SHEETS.map((s) => s.path)).toEqual(expect.arrayContaining(['app/styles.css', join('views', 'map', 'map.css')]));
  });
});
