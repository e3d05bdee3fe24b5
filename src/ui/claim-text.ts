/**
 * The words of a checked claim, shared by the overview, the claims view, the trade panel and their exports: who said
 * it, the verdict for its own scope and period with the figures and margin that decide it, and what it would be for
 * the other set of states or in the reader's year.
 */
import type { ClaimCheck, Evaluation, Inconsistency, Margin, OwnYears, RangeEvaluation, ShareEvaluation, Verdict } from '../data/claims';
import type { Scope } from '../data/derive';
import type { Claim, Dataset, TradeObservation } from '../data/schema';
import { formatKm2, formatList, formatPartialDate, formatPersons, formatUsd } from './format';
import { formatPercent, formatReported } from './format-chart';
import { decimalFormat } from './decimal';

export const VERDICT_LABEL: Record<Verdict, string> = {
  holds: 'Holds',
  'does-not-hold': 'Does not hold',
  'cannot-check': 'Cannot be checked',
};
export const VERDICT_ICON: Record<Verdict, string> = { holds: '✓', 'does-not-hold': '✗', 'cannot-check': '?' };

export const SCOPE_LABEL: Record<Scope, string> = { members: 'Members', all: 'Members and observers' };

const threeDigits = decimalFormat({ maximumSignificantDigits: 3 });
const oneDecimal = decimalFormat({ maximumFractionDigits: 1 });

/** 1.64 million sq mi, from a value in square miles. */
export function formatSqMiValue(sqMi: number): string {
  return sqMi >= 1e6 ? `${threeDigits(sqMi / 1e6)} million sq mi` : `${decimalFormat({ maximumFractionDigits: 0 })(sqMi)} sq mi`;
}

function formatIn(unit: RangeEvaluation['unit'], value: number): string {
  if (unit === 'persons') return formatPersons(value);
  if (unit === 'USD') return formatUsd(value);
  if (unit === 'km2') return formatKm2(value);
  return formatSqMiValue(value);
}

/** "$149 bn above $2 tn", "2.4% above 1.6 million sq mi", "102,211 below 160 million". */
export function marginText(m: Margin, unit: RangeEvaluation['unit']): string {
  const reference = unit === 'persons' && m.reference % 1e6 === 0 ? `${m.reference / 1e6} million` : formatIn(unit, m.reference);
  if (m.side === 'equal') return `exactly ${reference}`;
  const amount = m.relative ? `${oneDecimal(m.amount)}%` : formatIn(unit, m.amount);
  return `${amount} ${m.side} ${reference}`;
}

const nameOf = (dataset: Dataset, id: string) => dataset.entities.find((e) => e.id === id)?.name ?? id;

/** The deciding figure and its margin: "$2.15 tn, $149 bn above $2 tn". */
export function rangeFigures(e: RangeEvaluation): string {
  if (e.value == null) return `no ${e.year} figure`;
  const value = e.unit === 'sq-mi' && e.km2 != null ? `${formatSqMiValue(e.value)} (${formatKm2(e.km2)})` : formatIn(e.unit, e.value);
  const shown = e.missing.length > 0 ? `at least ${value}` : value;
  return e.margin ? `${shown}, ${marginText(e.margin, e.unit)}` : shown;
}

/** What else bears on a range figure: states without one, notes on those in it. */
export function rangeNotes(e: RangeEvaluation, dataset: Dataset): string[] {
  const notes: string[] = [];
  if (e.value != null && e.missing.length > 0) {
    const names = formatList(e.missing.map((id) => nameOf(dataset, id)));
    notes.push(`${names} ${e.missing.length > 1 ? 'have' : 'has'} no ${e.year} figure, so this is a lower bound.`);
  }
  for (const p of e.partNotes) notes.push(`Includes ${nameOf(dataset, p.entityId)}: ${p.note}.`);
  return notes;
}

function yearsText(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first ?? '') : `${first}–${last}`;
}

/** "Kubanychbek Omuraliev" from "Kubanychbek Omuraliev, OTS Secretary-General". */
export function shortSpeaker(o: TradeObservation): string {
  return o.statedBy.split(/[,(]/)[0]?.trim() ?? o.statedBy;
}

function statement(o: TradeObservation): string {
  const figure = formatReported({ value: o.value, range: o.range ?? null, unit: o.unit, qualifier: o.qualifier });
  return `${figure} (${shortSpeaker(o)}, ${o.period})`;
}

const pct = (v: number) => formatPercent(Number(v.toFixed(2)));

/** "4.81% from the states' own reports, 4.81% from their partners'" */
export function measuredText(m: { own: number; mirror: number | null }): string {
  return `${pct(m.own)} from the states’ own reports, ${m.mirror == null ? 'none' : pct(m.mirror)} from their partners’`;
}

/** The measured and stated shares a claim of change is held to. */
export function shareFigures(e: ShareEvaluation): string {
  const when = yearsText(e.years);
  if (e.inPeriod.length > 0) return e.inPeriod.map((m) => `${m.year}: ${measuredText(m)}`).join('; ');
  const latest = e.latest ? `; in ${e.latest.year}, the last year measured, ${measuredText(e.latest)}` : '';
  return `no measured share for ${when}: the IMF figures end in ${e.measuredTo ?? 'no year'}${latest}`;
}

export function shareNotes(e: ShareEvaluation, claim: Claim): string[] {
  const r = claim.reading;
  const notes: string[] = [];
  if (e.lowest && e.highest && e.measuredFrom != null && e.measuredTo != null) {
    const reaches = r.kind === 'change' && e.highest.own >= r.to ? '' : r.kind === 'change' ? `; never ${r.to}%` : '';
    notes.push(`Measured ${e.measuredFrom}–${e.measuredTo} (${SCOPE_LABEL[e.scope].toLowerCase()} counted since joining): from ${pct(e.lowest.own)} (${e.lowest.year}) to ${pct(e.highest.own)} (${e.highest.year})${reaches}.`);
  }
  if (e.statements.length > 0) notes.push(`Stated for all the members: ${e.statements.map(statement).join('; ')}.`);
  if (r.kind === 'change') {
    const missing = [r.from, r.to].filter((v) => (v === r.from ? e.statedFrom : e.statedTo).length === 0);
    if (missing.length > 0) notes.push(`No source gives ${missing.map((v) => `${v}%`).join(' or ')} as a figure.`);
    for (const { value, observations } of e.rangeOnly) {
      notes.push(`${value}% appears only as the end of an estimated range (${observations.map(shortSpeaker).join(', ')}).`);
    }
  }
  return notes;
}

/** The figures that decide an evaluation, in a phrase. */
export function evaluationFigures(e: Evaluation): string {
  if (e.kind === 'range') return rangeFigures(e);
  if (e.kind === 'share') return shareFigures(e);
  return e.reason;
}

export function evaluationNotes(e: Evaluation, check: ClaimCheck, dataset: Dataset): string[] {
  if (e.kind === 'range') return rangeNotes(e, dataset);
  if (e.kind === 'share') return shareNotes(e, check.claim);
  return [];
}

/** "Members and observers, 2024" */
export function evaluationSubject(e: Evaluation): string {
  const years = e.kind === 'range' ? String(e.year) : yearsText(e.years);
  return `${SCOPE_LABEL[e.scope]}, ${years}`;
}

/** "Luke Coffey, senior fellow, Hudson Institute", or that the speaker is not identified. */
export function speakerText(claim: Claim): string {
  return claim.speaker ? `${claim.speaker.name}, ${claim.speaker.role}` : 'Speaker not identified';
}

export function speakerName(claim: Claim): string {
  return claim.speaker?.name ?? 'Speaker not identified';
}

export function publishedText(claim: Claim): string {
  const where = claim.publishedIn ?? 'where it was published is not recorded';
  return claim.published ? `${where}; ${claim.published.text}` : where;
}

/** When the claim was made, short: "late 2025". */
export function whenText(claim: Claim): string {
  return claim.published?.text.split(' (')[0] ?? 'date not recorded';
}

/** The claim's own period and how the atlas turned it into years. */
export function periodText(p: OwnYears): string {
  switch (p.kind) {
    case 'time-of-writing':
      return `${p.text}: checked with ${p.years[0]}, the latest year before ${p.madeIn} (when it was made) with figures for every member, as a year’s figures appear after it ends.`;
    case 'between':
      return `${p.text}: ${formatPartialDate(p.from)} to ${formatPartialDate(p.to)}, the years ${yearsText(p.years)}.`;
    case 'year':
      return `${p.text}.`;
    case 'chosen':
      return `It states no period: checked for the year chosen, ${p.years[0]}.`;
  }
}

export function scopeText(check: ClaimCheck): string {
  const stated = check.claim.statedScope;
  if (stated.scope == null) return `It states no set of states (${stated.text}): checked for the ${SCOPE_LABEL[check.scope].toLowerCase()} chosen.`;
  return `“${stated.text}”: counted as the ${SCOPE_LABEL[check.scope].toLowerCase()}.`;
}

const METRIC_WORDS: Record<NonNullable<Claim['metric']>, string> = {
  population: 'the population',
  gdp: 'the GDP',
  area: 'the area',
  'intra-trade-share': 'the trade share',
};

/** "… no one set of states fits them all: the population fits only the members and observers; the area and the GDP only the members." */
export function inconsistencyText(i: Inconsistency): string {
  const groups = new Map<string, { scopes: Scope[]; names: string[] }>();
  for (const f of i.fits) {
    const key = f.scopes.join(' ');
    const group = groups.get(key) ?? { scopes: f.scopes, names: [] };
    group.names.push(f.metric ? METRIC_WORDS[f.metric] : `“${f.words}”`);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ scopes, names }) => {
    const verb = names.length > 1 ? 'fit' : 'fits';
    const sets = scopes.length === 0 ? 'neither set' : `only the ${formatList(scopes.map((s) => SCOPE_LABEL[s].toLowerCase()))}`;
    return `${formatList(names)} ${verb} ${sets}`;
  });
  return `Its sentence gives ${i.fits.length} figures for “${i.stated}”, and no one set of states fits them all: ${parts.join('; ')}.`;
}

/** The verdict line: "Holds for members and observers, 2024: 177.4 million, 17.4 million above 160 million." */
export function verdictSentence(check: ClaimCheck): string {
  const { label, rest } = verdictParts(check);
  return `${label}${rest}`;
}

/** The verdict's label ("Holds") and the rest of its sentence (" for members and observers, 2024: …."). */
export function verdictParts(check: ClaimCheck): { label: string; rest: string } {
  const e = check.own;
  const label = VERDICT_LABEL[e.verdict];
  if (e.kind === 'none') return { label, rest: `: ${e.reason}` };
  return { label, rest: ` for ${evaluationSubject(e).replace(/^./, (c) => c.toLowerCase())}: ${evaluationFigures(e)}.` };
}


/** One line beside the verdict: "Members, 2024: 159.9 million, 102,211 below 160 million (does not hold)". */
export function besideLine(e: Evaluation): string {
  return `${evaluationSubject(e)}: ${evaluationFigures(e)} (${VERDICT_LABEL[e.verdict].toLowerCase()})`;
}

const hasFigure = (e: Evaluation) => (e.kind === 'range' ? e.value != null : e.kind === 'share' ? e.inPeriod.length > 0 : false);

/**
 * The lines beside the verdict: the other set of states in the claim's own period, then the year chosen (one line
 * when it has no figure for either set).
 */
export function besideLines(check: ClaimCheck): string[] {
  const lines = check.otherScope && (check.otherScope.kind === 'range' || hasFigure(check.otherScope)) ? [besideLine(check.otherScope)] : [];
  const chosen = check.chosenYear;
  const year = chosen[0]?.kind === 'range' ? chosen[0].year : chosen[0]?.kind === 'share' ? chosen[0].years[0] : undefined;
  if (chosen.length > 0 && !chosen.some(hasFigure)) {
    lines.push(`In ${year}, the year chosen: no figure for either set of states`);
    return lines;
  }
  // A figure that does not change with the year (the area, for the same states) is not told twice.
  const same = (e: Evaluation) =>
    [check.own, check.otherScope].some((o) => o?.kind === 'range' && e.kind === 'range' && o.scope === e.scope && o.value === e.value && o.verdict === e.verdict);
  for (const e of chosen) {
    if (!hasFigure(e) || same(e)) continue;
    lines.push(`In ${year}, the year chosen, ${SCOPE_LABEL[e.scope].toLowerCase()}: ${evaluationFigures(e)} (${VERDICT_LABEL[e.verdict].toLowerCase()})`);
  }
  return lines;
}
