/**
 * Checks each claim made about the OTS for its own scope and period first: the set of states and the years the speaker
 * stated ("OTS members and observers", "at the time of writing"). Beside that verdict: the same figure for the other
 * set of states, and in the reader's chosen year, so the reader sees why a claim holds for one set and not another.
 * Claims made in one sentence are compared: if no one set of states fits them all, each says so.
 *
 * Pure: the results are figures and reasons as data; the words are the views' (src/ui/claim-text.ts).
 */
import { keyFigures, type Scope, type Total } from './derive';
import type { Claim, ClaimReading, Dataset, EntityId } from './schema';
import { checkShareChange, type ShareEvaluation } from './claims-share';
import { KM2_PER_SQ_MI, ownYears, type OwnYears } from './claims-period';

export { KM2_PER_SQ_MI, type OwnYears, type ShareEvaluation };

export type Verdict = 'holds' | 'does-not-hold' | 'cannot-check';
export type RangeReading = Extract<ClaimReading, { kind: 'range' }>;

/** How far the figure is from the number the claim states: an amount in the claim's unit, or a percentage of it. */
export interface Margin {
  amount: number;
  /** The amount is a percentage of `reference` (a reading of "roughly", which allows so many percent either side). */
  relative: boolean;
  side: 'above' | 'below' | 'equal';
  /** The number the claim states, or the limit crossed when it states none. */
  reference: number;
}

export interface RangeEvaluation {
  kind: 'range';
  scope: Scope;
  year: number;
  verdict: Verdict;
  /** The total in the claim's unit; null when no figure exists. */
  value: number | null;
  /** The total in km² too, for a claim in square miles. */
  km2: number | null;
  /** Some states in scope have no figure: the value is a lower bound. */
  missing: EntityId[];
  /** Notes on the figures that went into the total (a contested estimate). */
  partNotes: { entityId: EntityId; note: string }[];
  margin: Margin | null;
  unit: RangeReading['unit'];
  sources: string[];
}

export interface NoneEvaluation {
  kind: 'none';
  scope: Scope;
  years: number[];
  verdict: 'cannot-check';
  reason: string;
  sources: string[];
}

export type Evaluation = RangeEvaluation | ShareEvaluation | NoneEvaluation;

export interface Inconsistency {
  /** The scope in the speaker's words. */
  stated: string;
  /** Each claim of the sentence and the sets of states it holds for. */
  fits: { claimId: string; words: string; metric: Claim['metric']; scopes: Scope[] }[];
}

export interface ClaimCheck {
  claim: Claim;
  /** The set of states the claim is checked for: the stated one, or the reader's when it states none. */
  scope: Scope;
  period: OwnYears;
  /** The verdict for the claim's own scope and period. */
  own: Evaluation;
  /** The same period for the other set of states; null when the claim cannot be checked at all. */
  otherScope: Evaluation | null;
  /** The reader's chosen year, in the stated scope and the other; empty when that is the claim's own year. */
  chosenYear: Evaluation[];
  /** Set when the claims of its sentence fit no one set of states. */
  inconsistency: Inconsistency | null;
  /** The atlas view that shows the claim: its set of states and year, and the panel. */
  view: { year: number; scope: Scope; panel: Claim['shownIn'] };
  verdict: Verdict;
  /** Sources of the figures the verdict rests on. */
  sources: string[];
}

export function otherScope(scope: Scope): Scope {
  return scope === 'all' ? 'members' : 'all';
}

function inRange(value: number, r: RangeReading): boolean {
  return (r.min == null || value >= r.min) && (r.max == null || value < r.max);
}

export function margin(value: number, r: RangeReading): Margin | null {
  const crossed = r.min != null && value < r.min ? r.min : r.max != null && value >= r.max ? r.max : null;
  const reference = r.figure ?? crossed ?? r.min ?? r.max;
  if (reference == null || reference === 0) return null;
  const diff = value - reference;
  // "Roughly": a band either side of the stated figure, whose margin reads best as a share of it.
  const relative = r.figure != null && r.min != null && r.max != null && r.min < r.figure && r.figure < r.max;
  return {
    amount: relative ? (Math.abs(diff) / reference) * 100 : Math.abs(diff),
    relative,
    side: diff > 0 ? 'above' : diff < 0 ? 'below' : 'equal',
    reference,
  };
}

function totalFor(dataset: Dataset, claim: Claim, year: number, scope: Scope): Total | null {
  const figures = keyFigures(dataset, year, scope);
  if (claim.metric === 'population') return figures.population;
  if (claim.metric === 'gdp') return figures.gdp;
  if (claim.metric === 'area') return figures.area;
  return null;
}

export function evaluateRange(dataset: Dataset, claim: Claim, r: RangeReading, year: number, scope: Scope): RangeEvaluation {
  const total = totalFor(dataset, claim, year, scope);
  const base = { kind: 'range', scope, year, unit: r.unit } as const;
  if (!total || total.value == null) {
    return { ...base, verdict: 'cannot-check', value: null, km2: null, missing: total?.missing ?? [], partNotes: [], margin: null, sources: [] };
  }
  const value = r.unit === 'sq-mi' ? total.value / KM2_PER_SQ_MI : total.value;
  let verdict: Verdict = inRange(value, r) ? 'holds' : 'does-not-hold';
  if (total.missing.length > 0) {
    // A partial sum is a lower bound: it settles the claim only if it is already past the upper limit,
    // or already meets a claim that has no upper limit.
    const settled = (r.max != null && value >= r.max) || (r.max == null && verdict === 'holds');
    if (!settled) verdict = 'cannot-check';
  }
  return {
    ...base,
    verdict,
    value,
    km2: r.unit === 'sq-mi' || r.unit === 'km2' ? total.value : null,
    missing: total.missing,
    partNotes: total.parts.flatMap((p) => (p.note ? [{ entityId: p.entityId, note: p.note }] : [])),
    margin: margin(value, r),
    sources: total.sources,
  };
}

function evaluate(dataset: Dataset, claim: Claim, years: number[], scope: Scope): Evaluation {
  const r = claim.reading;
  const year = years[years.length - 1];
  if (r.kind === 'none' || year == null) {
    const reason = r.kind === 'none' ? r.reason : 'No year with figures for its period.';
    return { kind: 'none', scope, years, verdict: 'cannot-check', reason, sources: [] };
  }
  if (r.kind === 'change') return checkShareChange(dataset, r, years, scope);
  return evaluateRange(dataset, claim, r, year, scope);
}

export interface Chosen {
  year: number;
  scope: Scope;
}

type Unchecked = Omit<ClaimCheck, 'inconsistency'>;

function checkOne(dataset: Dataset, claim: Claim, chosen: Chosen): Unchecked {
  const period = ownYears(dataset, claim, chosen.year);
  const scope = claim.statedScope.scope ?? chosen.scope;
  const own = evaluate(dataset, claim, period.years, scope);
  const checkable = claim.reading.kind !== 'none';
  const sameYear = period.years.length === 1 && period.years[0] === chosen.year;
  return {
    claim,
    scope,
    period,
    own,
    otherScope: checkable ? evaluate(dataset, claim, period.years, otherScope(scope)) : null,
    chosenYear: checkable && !sameYear ? [evaluate(dataset, claim, [chosen.year], scope), evaluate(dataset, claim, [chosen.year], otherScope(scope))] : [],
    view: { year: period.viewYear, scope, panel: claim.shownIn },
    verdict: own.verdict,
    sources: own.sources,
  };
}

/** Claims of one sentence: the sets of states each holds for; an inconsistency when no one set fits them all. */
function inconsistencies(checks: readonly Unchecked[]): Map<string, Inconsistency> {
  const found = new Map<string, Inconsistency>();
  const bySentence = new Map<string, Unchecked[]>();
  for (const c of checks) {
    if (c.claim.sentence && c.otherScope) bySentence.set(c.claim.sentence, [...(bySentence.get(c.claim.sentence) ?? []), c]);
  }
  for (const group of bySentence.values()) {
    if (group.length < 2) continue;
    const fits = group.map((c) => ({
      claimId: c.claim.id,
      words: c.claim.words,
      metric: c.claim.metric,
      scopes: [c.own, c.otherScope].flatMap((e) => (e?.verdict === 'holds' ? [e.scope] : [])),
    }));
    const common = (['members', 'all'] as const).filter((s) => fits.every((f) => f.scopes.includes(s)));
    if (common.length > 0) continue;
    const inconsistency = { stated: group[0]?.claim.statedScope.text ?? '', fits };
    for (const c of group) found.set(c.claim.id, inconsistency);
  }
  return found;
}

/** Every claim of the dataset, checked for its own scope and period, with the reader's year and scope beside. */
export function checkClaims(dataset: Dataset, chosen: Chosen): ClaimCheck[] {
  const checks = dataset.claims.map((claim) => checkOne(dataset, claim, chosen));
  const found = inconsistencies(checks);
  return checks.map((c) => ({ ...c, inconsistency: found.get(c.claim.id) ?? null }));
}
