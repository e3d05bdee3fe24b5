import { describe, expect, it } from 'vitest';
import { highlightRules } from './gdp-highlight';

const ids = ['AZE', 'KAZ', 'TUR'];

describe('highlightRules', () => {
  it('outlines the highlighted areas and fades the others, within the one chart', () => {
    const rules = highlightRules('c1', ids, new Set(['KAZ']), 'stacked').split('\n');
    expect(rules).toEqual([
      '[data-chart="c1"] path[data-series="AZE"] { fill-opacity: 0.22; }',
      '[data-chart="c1"] path[data-series="KAZ"] { stroke: #14202b; stroke-width: 3px; }',
      '[data-chart="c1"] path[data-series="TUR"] { fill-opacity: 0.22; }',
    ]);
  });

  it('thickens the highlighted lines and fades the others, per person too', () => {
    for (const view of ['lines', 'per-person'] as const) {
      const rules = highlightRules('c1', ids, new Set(['AZE', 'TUR']), view);
      expect(rules).toContain('path[data-series="AZE"] { stroke-width: 5px; }');
      expect(rules).toContain('path[data-series="TUR"] { stroke-width: 5px; }');
      expect(rules).toContain('path[data-series="KAZ"] { stroke-opacity: 0.3; }');
    }
  });

  it('is empty when nothing in the chart is highlighted', () => {
    expect(highlightRules('c1', ids, new Set(), 'stacked')).toBe('');
    expect(highlightRules('c1', ids, new Set(['HUN']), 'lines')).toBe('');
  });

  it('cannot be broken out of by what it quotes', () => {
    const rules = highlightRules('a"] * { x: y } [b="', ['K"Z'], new Set(['K"Z']), 'lines');
    expect(rules).toBe('[data-chart="a\\"] * { x: y } [b=\\""] path[data-series="K\\"Z"] { stroke-width: 5px; }');
  });
});
