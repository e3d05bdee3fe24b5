/**
 * A claim that the share of the members' trade with each other grew from one figure to another, checked for its own
 * period against the share measured from IMF DOTS (the reporters' own figures and their partners', each on its own)
 * and against the shares stated by officials and analysts, each kept with who stated it.
 */
import type { Scope } from './derive';
import type { ClaimReading, Dataset, TradeObservation } from './schema';
import { measuredYears, shareSeries, type ShareYear } from './trade-share';

type ChangeReading = Extract<ClaimReading, { kind: 'change' }>;

export interface MeasuredShare {
  year: number;
  own: number;
  mirror: number | null;
}

export interface ShareEvaluation {
  kind: 'share';
  scope: Scope;
  years: number[];
  verdict: 'holds' | 'does-not-hold' | 'cannot-check';
  /** The measured share in each year of the period that has one (counted since joining). */
  inPeriod: MeasuredShare[];
  /** The last year measured at all, when the period has none. */
  latest: MeasuredShare | null;
  /** The lowest and highest share measured over all the years that have one. */
  lowest: MeasuredShare | null;
  highest: MeasuredShare | null;
  /** First and last year with a measured share. */
  measuredFrom: number | null;
  measuredTo: number | null;
  /** Stated shares for all the members, in order: the claim's figures are looked for among them. */
  statements: TradeObservation[];
  /** Stated shares equal to the claim's first and last figure, and those whose range only reaches them. */
  statedFrom: TradeObservation[];
  statedTo: TradeObservation[];
  rangeOnly: { value: number; observations: TradeObservation[] }[];
  sources: string[];
}

const toMeasured = (y: ShareYear): MeasuredShare => ({ year: y.year, own: y.own ?? 0, mirror: y.mirror });

/** Whole percents, as the claim gives them. */
const gives = (share: number, percent: number) => Math.round(share) === percent;

export function checkShareChange(dataset: Dataset, r: ChangeReading, years: number[], scope: Scope): ShareEvaluation {
  const series = shareSeries(dataset, scope, 'since-joining');
  const measured = measuredYears(series).map(toMeasured);
  const inPeriod = measured.filter((m) => years.includes(m.year));
  const byValue = (a: MeasuredShare, b: MeasuredShare) => a.own - b.own;
  const statements = dataset.trade
    .filter((o) => o.metric === 'intra-share' && o.scope === 'ots-members')
    .sort((a, b) => (a.statedOn ?? '').localeCompare(b.statedOn ?? '') || a.id.localeCompare(b.id));
  const exact = (v: number) => statements.filter((o) => o.value === v);
  const inRange = (v: number) => statements.filter((o) => o.value == null && o.range != null && o.range[0] <= v && v <= o.range[1]);
  const statedFrom = exact(r.from);
  const statedTo = exact(r.to);
  const rangeOnly = [r.from, r.to]
    .filter((v) => exact(v).length === 0)
    .map((value) => ({ value, observations: inRange(value) }))
    .filter((x) => x.observations.length > 0);

  // Decided by measurement where the period has one at each end, both readings agreeing; otherwise it cannot be.
  let verdict: ShareEvaluation['verdict'] = 'cannot-check';
  const first = inPeriod[0];
  const last = inPeriod[inPeriod.length - 1];
  if (first && last && first !== last && first.year === years[0] && last.year === years[years.length - 1]) {
    const fits = (m: MeasuredShare, p: number) => gives(m.own, p) && (m.mirror == null || gives(m.mirror, p));
    verdict = fits(first, r.from) && fits(last, r.to) ? 'holds' : 'does-not-hold';
  }
  const sorted = [...measured].sort(byValue);
  return {
    kind: 'share',
    scope,
    years,
    verdict,
    inPeriod,
    latest: inPeriod.length === 0 ? (measured[measured.length - 1] ?? null) : null,
    lowest: sorted[0] ?? null,
    highest: sorted[sorted.length - 1] ?? null,
    measuredFrom: measured[0]?.year ?? null,
    measuredTo: measured[measured.length - 1]?.year ?? null,
    statements,
    statedFrom,
    statedTo,
    rangeOnly,
    sources: [...new Set([...series.sources, ...statements.flatMap((o) => o.sources)])],
  };
}
