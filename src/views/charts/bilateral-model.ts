/** A state's measured trade as the bilateral view draws it: one row a year, a column per partner and side. */
import type { Bilateral, SideFigures } from '../../data/bilateral';

export type BilateralMeasure = 'turnover' | 'exports' | 'imports';

export const MEASURE_OPTIONS = [
  { value: 'turnover', label: 'Exports + imports' },
  { value: 'exports', label: 'Exports' },
  { value: 'imports', label: 'Imports' },
] as const satisfies readonly { value: BilateralMeasure; label: string }[];

export interface BilateralRow {
  year: number;
  /** `${partnerId}:own` and `${partnerId}:partner`, in US$; null where a side reports nothing. */
  [key: string]: number | null;
}

export const ownKey = (id: string) => `${id}:own`;
export const partnerKey = (id: string) => `${id}:partner`;

export function pick(side: SideFigures, measure: BilateralMeasure): number | null {
  return measure === 'turnover' ? side.turnover : measure === 'exports' ? side.exports : side.imports;
}

export function bilateralRows(b: Bilateral, measure: BilateralMeasure): BilateralRow[] {
  const rows: BilateralRow[] = [];
  for (let year = b.firstYear; year <= b.lastYear; year++) {
    const row: BilateralRow = { year };
    for (const p of b.partners) {
      const y = p.years.find((x) => x.year === year);
      row[ownKey(p.id)] = y ? pick(y.own, measure) : null;
      row[partnerKey(p.id)] = y ? pick(y.partner, measure) : null;
    }
    rows.push(row);
  }
  return rows;
}

/** Partners with at least one figure from either side: the others (Northern Cyprus) are named, not drawn. */
export function reportedPartners(b: Bilateral): { shown: Bilateral['partners']; none: Bilateral['partners'] } {
  const has = (p: Bilateral['partners'][number]) => p.years.some((y) => y.own.exports != null || y.own.imports != null || y.partner.exports != null || y.partner.imports != null);
  return { shown: b.partners.filter(has), none: b.partners.filter((p) => !has(p)) };
}

export interface WorldRow {
  year: number;
  /** `imf`: the state's report to the IMF; `worldBank`: the World Bank's total. */
  [key: string]: number | null;
}

export function worldRows(b: Bilateral, measure: BilateralMeasure): WorldRow[] {
  return b.world.map((w) => ({ year: w.year, imf: pick(w.imf, measure), worldBank: pick(w.worldBank, measure) }));
}
