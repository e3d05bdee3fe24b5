/** The words of the bilateral view, shared by its charts, tables and CSV. */
import type { BilateralMeasure } from './bilateral-model';

export const MEASURE_WORDS: Record<BilateralMeasure, string> = {
  turnover: 'exports + imports',
  exports: 'exports',
  imports: 'imports',
};

/** What the partner's report of the same flow is: its imports from the state for the state's exports. */
export const PARTNER_SIDE: Record<BilateralMeasure, string> = {
  turnover: 'the partner’s imports from it + exports to it',
  exports: 'the partner’s imports from it (CIF)',
  imports: 'the partner’s exports to it (FOB)',
};

export const OWN_SIDE: Record<BilateralMeasure, string> = {
  turnover: 'its own exports (FOB) + imports (CIF)',
  exports: 'its own exports (FOB)',
  imports: 'its own imports (CIF)',
};

export function bilateralTitle(name: string, first: number, last: number): string {
  return `${name}’s trade with each state, ${first}–${last}`;
}

export function notCoveredText(name: string): string {
  return `No source in the atlas has ${name}’s trade: the IMF’s Direction of Trade Statistics and the World Bank publish no figures for it.`;
}
