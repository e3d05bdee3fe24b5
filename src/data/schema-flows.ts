/**
 * Merchandise trade as measured: each state's exports to and imports from each other state and the World, as that
 * state reports them (IMF Direction of Trade Statistics), and its totals with the World from the World Bank. Values
 * are kept exactly as published, one a year; a year the source has no figure for is null, never zero or estimated.
 */
import { z } from './zod.ts';
import { EntityIdSchema, LIMITS, list, nonEmpty, sourceIds, year } from './schema-primitives.ts';

/** The partner "the World": all the reporter's trade. */
export const WORLD = 'WLD';
export const FLOWS = ['export', 'import'] as const;

export const FlowSeriesSchema = z.object({
  /** The state whose report this is. */
  reporter: EntityIdSchema,
  /** The other state, or "WLD" for the World. */
  partner: EntityIdSchema,
  flow: z.enum(FLOWS),
  /** The year of the first value. */
  firstYear: year,
  /** Current US$, one a year from `firstYear`; null where the source has no figure. */
  values: list(z.number().nonnegative().max(LIMITS.usd).nullable(), 200, 1),
});

export const FlowTableSchema = z.object({
  label: nonEmpty,
  unit: nonEmpty,
  /** How each flow is valued: exports free on board, imports with cost, insurance and freight. */
  basis: z.object({ export: nonEmpty, import: nonEmpty }),
  /** The release or download the figures come from. */
  vintage: nonEmpty,
  note: nonEmpty.optional(),
  sources: sourceIds,
  series: list(FlowSeriesSchema, 10_000),
});

export const TradeFlowsSchema = z.object({
  /** Bilateral flows between the states, and each state's flows with the World, as each reporter states them. */
  bilateral: FlowTableSchema,
  /** Each state's merchandise exports and imports with the World, from another publisher, for comparison. */
  worldTotals: FlowTableSchema,
});

export type FlowSeries = z.infer<typeof FlowSeriesSchema>;
export type FlowTable = z.infer<typeof FlowTableSchema>;
export type TradeFlows = z.infer<typeof TradeFlowsSchema>;
export type Flow = (typeof FLOWS)[number];
