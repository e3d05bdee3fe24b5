/**
 * Checks the claims made about the OTS against the atlas's own figures for a year and scope.
 */
import type { Claim, Dataset, TradeObservation } from './schema';
import type { KeyFigures, Total } from './derive';

export type Verdict = 'holds' | 'does-not-hold' | 'cannot-check';

export interface ClaimCheck {
  claim: Claim;
  verdict: Verdict;
  /** One or two sentences saying why, with the figures compared. */
  reason: string;
  /** The sources of the figures the verdict rests on. */
  sources: string[];
}

type RangeTest = Extract<Claim['test'], { kind: 'range' }>;
type ChangeTest = Extract<Claim['test'], { kind: 'change' }>;

export type Formatter = (value: number) => string;

function inRange(value: number, test: RangeTest): boolean {
  return (test.min == null || value >= test.min) && (test.max == null || value < test.max);
}

function describeRange(test: RangeTest, format: Formatter): string {
  if (test.min != null && test.max != null) return `between ${format(test.min)} and ${format(test.max)}`;
  if (test.min != null) return `above ${format(test.min)}`;
  if (test.max != null) return `below ${format(test.max)}`;
  return 'any value';
}

interface RangeInput {
  total: Total;
  figures: KeyFigures;
  format: Formatter;
  label: string;
  nameOf: (id: string) => string;
}

function checkRange(claim: Claim, test: RangeTest, { total, figures, format, label, nameOf }: RangeInput): ClaimCheck {
  const subject = `${figures.scope === 'all' ? 'Members and observers' : 'Members'}' ${label} in ${figures.year}`;
  const wanted = describeRange(test, format);
  if (total.value == null) {
    return { claim, verdict: 'cannot-check', reason: `No ${label} figure for ${figures.year} in the dataset.`, sources: [] };
  }
  const holds = inRange(total.value, test);
  if (total.missing.length > 0) {
    // A partial sum is a lower bound: it settles the claim only if it already exceeds the upper limit,
    // or already meets a claim that has no upper limit.
    const settled = (test.max != null && total.value >= test.max) || (test.max == null && holds);
    if (!settled) {
      return {
        claim,
        verdict: 'cannot-check',
        reason: `${subject} is at least ${format(total.value)}, but ${total.missing.map(nameOf).join(', ')} has no figure for that year; the claim needs ${wanted}.`,
        sources: total.sources,
      };
    }
  }
  const margin = test.min != null && total.value >= test.min ? ` (${format(total.value - test.min)} above ${format(test.min)})` : '';
  return {
    claim,
    verdict: holds ? 'holds' : 'does-not-hold',
    reason: `${subject}: ${format(total.value)}${margin}; the claim needs ${wanted}.`,
    sources: total.sources,
  };
}

function describeObservation(o: TradeObservation): string {
  const figure = o.value != null ? `${o.value}%` : o.range ? `${o.range[0]}–${o.range[1]}%` : 'no figure';
  return `${figure} (${o.statedBy.split(',')[0]}, ${o.period})`;
}

function checkChange(claim: Claim, test: ChangeTest, dataset: Dataset): ClaimCheck {
  const shares = dataset.trade.filter((o) => o.metric === 'intra-share' && o.scope === 'ots-members');
  const sources = [...new Set(shares.flatMap((o) => o.sources))];
  const exact = (v: number) => shares.filter((o) => o.value === v);
  const withinRange = (v: number) => shares.filter((o) => o.value == null && o.range && o.range[0] <= v && v <= o.range[1]);
  const from = exact(test.from);
  const to = exact(test.to);
  const reported = shares.map(describeObservation).join('; ');
  if (from.length > 0 && to.length > 0) {
    return { claim, verdict: 'holds', reason: `Both ${test.from}% and ${test.to}% are reported: ${reported}.`, sources };
  }
  const missing = [from.length === 0 ? test.from : null, to.length === 0 ? test.to : null].filter((v) => v != null);
  const onlyInRange = missing.filter((v) => withinRange(v).length > 0);
  const rangeNote = onlyInRange.length > 0 ? ` ${onlyInRange.map((v) => `${v}%`).join(' and ')} appears only as the end of an estimated range.` : '';
  return {
    claim,
    verdict: 'cannot-check',
    reason: `No official series of the share exists. No source reports ${missing.map((v) => `${v}%`).join(' or ')} as a figure.${rangeNote} Reported shares: ${reported}.`,
    sources,
  };
}

export interface ClaimFormatters {
  persons: Formatter;
  usd: Formatter;
  km2: Formatter;
}

export function checkClaims(dataset: Dataset, figures: KeyFigures, format: ClaimFormatters): ClaimCheck[] {
  const nameOf = (id: string) => dataset.entities.find((e) => e.id === id)?.name ?? id;
  return dataset.claims.map((claim) => {
    const test = claim.test;
    if (test.kind === 'change') return checkChange(claim, test, dataset);
    switch (claim.metric) {
      case 'population':
        return checkRange(claim, test, { total: figures.population, figures, format: format.persons, label: 'population', nameOf });
      case 'gdp':
        return checkRange(claim, test, { total: figures.gdp, figures, format: format.usd, label: 'GDP', nameOf });
      case 'area':
        return checkRange(claim, test, { total: figures.area, figures, format: format.km2, label: 'area', nameOf });
      case 'intra-trade-share':
        return { claim, verdict: 'cannot-check', reason: 'A trade-share claim needs a "change" test.', sources: [] };
    }
  });
}
