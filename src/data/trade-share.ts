/**
 * The share of the states' merchandise trade that is with each other, computed from IMF DOTS for each year:
 *
 *   share = Σ_i Σ_{j≠i} (X_ij + M_ij) ÷ Σ_i (X_i,World + M_i,World)
 *
 * over the states i, j counted that year (the GDP totals' membership rule: since joining, counting the whole year a
 * state joined in, or today's states throughout). "Own reports" takes every figure from the reporter i itself; "partners'
 * reports" takes i's exports to j as j's imports from i, and i's imports from j as j's exports to i (the denominators
 * stay each state's own totals with the World: no one else reports them). A year whose set lacks any cell shows no
 * share, never a share of a smaller set. Nothing is estimated.
 *
 * For a whole set, the two readings count the very same reports (every flow inside the set once from each side), so
 * they give the same share; they differ state by state, and in how much trade the exporters and the importers report.
 */
import { statusInYear, inScope, type Scope } from './derive';
import type { MembershipRule } from './series';
import { bilateralIndex, mirrorFlow, type FlowIndex } from './flows';
import type { Dataset, EntityId, Flow } from './schema';
import { WORLD } from './schema-flows';

export type Reading = 'own' | 'mirror';

/** A figure the share needs and the source does not have. */
export interface MissingCell {
  reporter: EntityId;
  partner: EntityId | typeof WORLD;
  flow: Flow;
}

export type NoShareReason =
  /** No state was counted that year (before the Council was founded, under "since joining"). */
  | 'no-states'
  /** One state alone has no trade "with the others". */
  | 'one-state'
  /** A cell the share needs is missing. */
  | 'missing';

export interface ShareYear {
  year: number;
  /** The states counted that year, in dataset order. */
  states: EntityId[];
  /** Percent, from the reporters' own figures; null when it cannot be computed. */
  own: number | null;
  /** Percent, from partners' figures; null when it cannot be computed. */
  mirror: number | null;
  /** Why there is no share; null when both readings have one. */
  noShare: NoShareReason | null;
  /** The cells missing for each reading (empty when it has a share). */
  missing: Record<Reading, MissingCell[]>;
  /** In current US$, when the figures are complete: the set's trade with each other as the exporters and as the importers report it. */
  intra: { exportsReported: number; importsReported: number } | null;
  /** Σ of the states' exports and imports with the World, as each reports them (US$). */
  world: number | null;
}

export interface ShareSeries {
  scope: Scope;
  rule: MembershipRule;
  years: ShareYear[];
  /** The source ids of the figures. */
  sources: string[];
}

function countedStates(dataset: Dataset, year: number, scope: Scope, rule: MembershipRule, todayYear: number): EntityId[] {
  return dataset.entities
    // A state counts for the whole of the year it joined in (Uzbekistan, a member from October 2019, counts in 2019).
    .filter((e) => inScope(statusInYear(e, rule === 'today' ? todayYear : year), scope))
    .map((e) => e.id);
}

function sumOver(index: FlowIndex, states: readonly EntityId[], year: number, reading: Reading) {
  const missing: MissingCell[] = [];
  let intra = 0;
  let exportsReported = 0;
  let importsReported = 0;
  let world = 0;
  const take = (reporter: EntityId, partner: EntityId | typeof WORLD, flow: Flow): number => {
    const value = index.value(reporter, partner, flow, year);
    if (value == null) missing.push({ reporter, partner, flow });
    return value ?? 0;
  };
  for (const i of states) {
    world += take(i, WORLD, 'export') + take(i, WORLD, 'import');
    for (const j of states) {
      if (j === i) continue;
      for (const flow of ['export', 'import'] as const) {
        // Own: i's report of its flow with j. Mirror: j's report of the same flow (its imports for i's exports).
        const value = reading === 'own' ? take(i, j, flow) : take(j, i, mirrorFlow(flow));
        intra += value;
        if (reading === 'own' && flow === 'export') exportsReported += value;
        if (reading === 'own' && flow === 'import') importsReported += value;
      }
    }
  }
  return { missing, intra, world, exportsReported, importsReported };
}

export function shareYear(dataset: Dataset, index: FlowIndex, year: number, scope: Scope, rule: MembershipRule): ShareYear {
  const states = countedStates(dataset, year, scope, rule, Number(dataset.asOf.slice(0, 4)));
  const none = { own: [], mirror: [] };
  if (states.length < 2) {
    return { year, states, own: null, mirror: null, noShare: states.length === 0 ? 'no-states' : 'one-state', missing: none, intra: null, world: null };
  }
  const own = sumOver(index, states, year, 'own');
  const mirror = sumOver(index, states, year, 'mirror');
  const ownShare = own.missing.length === 0 && own.world > 0 ? (own.intra / own.world) * 100 : null;
  const mirrorShare = mirror.missing.length === 0 && mirror.world > 0 ? (mirror.intra / mirror.world) * 100 : null;
  const complete = own.missing.length === 0;
  return {
    year,
    states,
    own: ownShare,
    mirror: mirrorShare,
    noShare: ownShare != null && mirrorShare != null ? null : 'missing',
    missing: { own: own.missing, mirror: mirror.missing },
    intra: complete ? { exportsReported: own.exportsReported, importsReported: own.importsReported } : null,
    world: complete ? own.world : null,
  };
}

/** The share for every year the bilateral table covers; empty for a dataset without measured flows. */
export function shareSeries(dataset: Dataset, scope: Scope, rule: MembershipRule): ShareSeries {
  const index = bilateralIndex(dataset);
  if (!index) return { scope, rule, years: [], sources: [] };
  const years: ShareYear[] = [];
  for (let year = index.firstYear; year <= index.lastYear; year++) years.push(shareYear(dataset, index, year, scope, rule));
  return { scope, rule, years, sources: [...index.table.sources] };
}

/** The years with a share from the reporters' own figures. */
export function measuredYears(series: ShareSeries): ShareYear[] {
  return series.years.filter((y) => y.own != null);
}

/** Missing cells grouped by the state that does not report them: "Northern Cyprus: all its trade". */
export function missingByReporter(cells: readonly MissingCell[]): Map<EntityId, MissingCell[]> {
  const grouped = new Map<EntityId, MissingCell[]>();
  for (const c of cells) grouped.set(c.reporter, [...(grouped.get(c.reporter) ?? []), c]);
  return grouped;
}
