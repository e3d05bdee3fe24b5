import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimCheck } from './claims';
import { keyFigures, type Scope } from './derive';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();
const fmt = { persons: String, usd: String, km2: String };

function check(year: number, scope: Scope, id: string): ClaimCheck {
  const found = checkClaims(dataset, keyFigures(dataset, year, scope), fmt).find((c) => c.claim.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

describe('claims checked against the atlas’s own figures', () => {
  it('"well over 160 million people": not for the 5 members in 2024, yes with observers', () => {
    expect(check(2024, 'members', 'population-160m').verdict).toBe('does-not-hold');
    expect(check(2024, 'all', 'population-160m').verdict).toBe('holds');
    expect(check(2025, 'members', 'population-160m').verdict).toBe('cannot-check');
  });

  it('"approaching $2 trillion": holds in 2024, no longer once GDP passed $2 trillion in 2025', () => {
    expect(check(2024, 'members', 'gdp-2tn').verdict).toBe('holds');
    const in2025 = check(2025, 'members', 'gdp-2tn');
    expect(in2025.verdict).toBe('does-not-hold');
    expect(in2025.sources.length).toBeGreaterThan(0);
  });

  it('"roughly 1.6 million square miles": the members’ area, not with observers added', () => {
    expect(check(2025, 'members', 'area-1-6m-sq-mi').verdict).toBe('holds');
    expect(check(2025, 'all', 'area-1-6m-sq-mi').verdict).toBe('does-not-hold');
  });

  it('"from 3 to 7 percent" cannot be checked: 7% appears only as the end of an estimated range', () => {
    const result = check(2025, 'members', 'trade-3-to-7-percent');
    expect(result.verdict).toBe('cannot-check');
    expect(result.reason).toContain('No source reports 7%');
    expect(result.reason).toContain('only as the end of an estimated range');
  });

  it('a partial total is not taken as the whole', () => {
    // 2023 with observers: Northern Cyprus has no GDP figure, so the $1.85 tn of the others is only a lower bound.
    const result = check(2023, 'all', 'gdp-2tn');
    expect(result.verdict).toBe('cannot-check');
    expect(result.reason).toContain('Northern Cyprus has no figure');
  });
});
