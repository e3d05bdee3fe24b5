/**
 * Reading the measured trade flows: one value for a reporter, partner, flow and year, or null where the source has
 * none. The tables are indexed once per dataset.
 */
import type { Dataset, EntityId, Flow, FlowTable } from './schema';
import type { WORLD } from './schema-flows';

export type Partner = EntityId | typeof WORLD;

export interface FlowIndex {
  table: FlowTable;
  /** The value, in current US$, or null where the source has none (or the year is outside it). */
  value: (reporter: EntityId, partner: Partner, flow: Flow, year: number) => number | null;
  /** First and last year of any series. */
  firstYear: number;
  lastYear: number;
  /** States that report in the table. */
  reporters: ReadonlySet<EntityId>;
}

const indexes = new WeakMap<FlowTable, FlowIndex>();

export function flowIndex(table: FlowTable): FlowIndex {
  const cached = indexes.get(table);
  if (cached) return cached;
  const byKey = new Map<string, { firstYear: number; values: readonly (number | null)[] }>();
  let firstYear = Infinity;
  let lastYear = -Infinity;
  const reporters = new Set<EntityId>();
  for (const s of table.series) {
    byKey.set(`${s.reporter} ${s.partner} ${s.flow}`, s);
    reporters.add(s.reporter);
    firstYear = Math.min(firstYear, s.firstYear);
    lastYear = Math.max(lastYear, s.firstYear + s.values.length - 1);
  }
  const index: FlowIndex = {
    table,
    value: (reporter, partner, flow, year) => {
      const s = byKey.get(`${reporter} ${partner} ${flow}`);
      return s?.values[year - s.firstYear] ?? null;
    },
    firstYear,
    lastYear,
    reporters,
  };
  indexes.set(table, index);
  return index;
}

/** The bilateral table's index, or null for a dataset without measured flows. */
export function bilateralIndex(dataset: Dataset): FlowIndex | null {
  return dataset.tradeFlows ? flowIndex(dataset.tradeFlows.bilateral) : null;
}

export function worldTotalsIndex(dataset: Dataset): FlowIndex | null {
  return dataset.tradeFlows ? flowIndex(dataset.tradeFlows.worldTotals) : null;
}

/** The same flow as the partner reports it: the partner's imports for the reporter's exports, and the reverse. */
export function mirrorFlow(flow: Flow): Flow {
  return flow === 'export' ? 'import' : 'export';
}
