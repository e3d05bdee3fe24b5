/**
 * The years a claim is checked for: the period its speaker stated. "At the time of writing" is the latest year whose
 * figures existed when the claim was made: annual figures appear after their year ends, so for a claim made in 2025
 * that is 2024 at the latest, and the latest such year for which the dataset has a figure for every member.
 */
import { statusInYear } from './derive';
import type { Claim, Dataset } from './schema';

/** 1 square mile in km², exactly (1 mile = 1.609344 km). */
export const KM2_PER_SQ_MI = 2.589988110336;

export type OwnYears =
  | { kind: 'time-of-writing'; years: number[]; viewYear: number; madeIn: number; text: string }
  | { kind: 'between'; years: number[]; viewYear: number; from: string; to: string; text: string }
  | { kind: 'year'; years: number[]; viewYear: number; text: string }
  /** The claim states no period: the reader's year. */
  | { kind: 'chosen'; years: number[]; viewYear: number };

/** The latest year up to `last` in which every member of that year has a figure for the claim's indicator. */
export function latestCompleteYear(dataset: Dataset, claim: Claim, last: number): number {
  const key = claim.metric === 'population' || claim.metric === 'gdp' ? claim.metric : null;
  if (!key) return last;
  const indicator = dataset.indicators[key];
  const years = indicator.series.flatMap((s) => s.points.map((p) => p.year)).filter((y) => y <= last);
  for (const year of [...new Set(years)].sort((a, b) => b - a)) {
    const members = dataset.entities.filter((e) => statusInYear(e, year) === 'member');
    const complete = members.length > 0 && members.every((m) => indicator.series.find((s) => s.entityId === m.id)?.points.some((p) => p.year === year));
    if (complete) return year;
  }
  return last;
}

function yearsBetween(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

export function ownYears(dataset: Dataset, claim: Claim, chosenYear: number): OwnYears {
  const p = claim.statedPeriod;
  switch (p.kind) {
    case 'time-of-writing': {
      if (!claim.published) return { kind: 'chosen', years: [chosenYear], viewYear: chosenYear };
      const year = latestCompleteYear(dataset, claim, claim.published.year - 1);
      return { kind: 'time-of-writing', years: [year], viewYear: year, madeIn: claim.published.year, text: p.text };
    }
    case 'between': {
      const years = yearsBetween(Number(p.from.slice(0, 4)), Number(p.to.slice(0, 4)));
      return { kind: 'between', years, viewYear: years[years.length - 1] ?? chosenYear, from: p.from, to: p.to, text: p.text };
    }
    case 'year':
      return { kind: 'year', years: [p.year], viewYear: p.year, text: p.text };
    case 'not-stated':
      return { kind: 'chosen', years: [chosenYear], viewYear: chosenYear };
  }
}
