/**
 * One state's measured trade with each other state and with the World, year by year: as the state reports it (its
 * exports FOB and imports CIF) and as each partner reports the same flows (the partner's imports from it and exports
 * to it). The two are kept side by side, never averaged; a missing figure stays missing.
 */
import { bilateralIndex, worldTotalsIndex } from './flows';
import type { Dataset, EntityId } from './schema';
import { WORLD } from './schema-flows';

export interface SideFigures {
  /** The state's exports to the partner (US$), null where not reported. */
  exports: number | null;
  imports: number | null;
  /** exports + imports, only when both are reported. */
  turnover: number | null;
}

export interface BilateralYear {
  year: number;
  /** As the selected state reports it. */
  own: SideFigures;
  /**
   * The same flows as the partner reports them, from the state's side: `exports` is the partner's imports from the
   * state, `imports` the partner's exports to it.
   */
  partner: SideFigures;
}

export interface BilateralPartner {
  id: EntityId;
  name: string;
  years: BilateralYear[];
}

export interface WorldYear {
  year: number;
  /** The state's own report to the IMF (DOTS). */
  imf: SideFigures;
  /** The World Bank's merchandise totals. */
  worldBank: SideFigures;
}

export interface Bilateral {
  stateId: EntityId;
  /** False when no source has the state's trade (Northern Cyprus) or the dataset has no measured flows. */
  covered: boolean;
  partners: BilateralPartner[];
  world: WorldYear[];
  /** Years of the bilateral table. */
  firstYear: number;
  lastYear: number;
  /** Years of the World Bank totals. */
  worldLastYear: number;
  sources: { bilateral: string[]; worldTotals: string[] };
}

export function side(exports: number | null, imports: number | null): SideFigures {
  return { exports, imports, turnover: exports != null && imports != null ? exports + imports : null };
}

export function bilateralOf(dataset: Dataset, stateId: EntityId): Bilateral {
  const index = bilateralIndex(dataset);
  const totals = worldTotalsIndex(dataset);
  const empty: Bilateral = {
    stateId,
    covered: false,
    partners: [],
    world: [],
    firstYear: index?.firstYear ?? 0,
    lastYear: index?.lastYear ?? 0,
    worldLastYear: totals?.lastYear ?? 0,
    sources: { bilateral: [], worldTotals: [] },
  };
  if (!index || !totals || !index.reporters.has(stateId)) return empty;
  const years: number[] = [];
  for (let y = index.firstYear; y <= index.lastYear; y++) years.push(y);
  const partners = dataset.entities
    .filter((e) => e.id !== stateId)
    .map((e) => ({
      id: e.id,
      name: e.name,
      years: years.map((year) => ({
        year,
        own: side(index.value(stateId, e.id, 'export', year), index.value(stateId, e.id, 'import', year)),
        partner: side(index.value(e.id, stateId, 'import', year), index.value(e.id, stateId, 'export', year)),
      })),
    }));
  const world: WorldYear[] = [];
  for (let year = index.firstYear; year <= Math.max(index.lastYear, totals.lastYear); year++) {
    world.push({
      year,
      imf: side(index.value(stateId, WORLD, 'export', year), index.value(stateId, WORLD, 'import', year)),
      worldBank: side(totals.value(stateId, WORLD, 'export', year), totals.value(stateId, WORLD, 'import', year)),
    });
  }
  return {
    ...empty,
    covered: true,
    partners,
    world,
    sources: { bilateral: [...index.table.sources], worldTotals: [...totals.table.sources] },
  };
}

/** A partner's figures for one year, or undefined outside the table's years. */
export function partnerYear(b: Bilateral, partnerId: EntityId, year: number): BilateralYear | undefined {
  return b.partners.find((p) => p.id === partnerId)?.years.find((y) => y.year === year);
}
