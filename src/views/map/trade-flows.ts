/**
 * The selected state's trade with each other state in the chosen year, as the map draws it: a line from its capital
 * to each partner's, as wide as the trade the state itself reports (exports + imports, IMF DOTS). Where only the
 * partner reports it, the line is dashed and as wide as the partner's figure; where neither does, there is no line.
 * Pure and tested: what the map, its key and its list show.
 */
import { bilateralOf, type SideFigures } from '../../data/bilateral';
import type { Dataset, EntityId, LatLon } from '../../data/schema';

export type FlowsStatus =
  /** No state is selected. */
  | 'no-state'
  /** No source has the state's trade (Northern Cyprus), or the dataset has no measured flows. */
  | 'not-covered'
  /** The year is outside the bilateral table. */
  | 'no-year'
  | 'drawn';

export interface FlowLine {
  partnerId: EntityId;
  partnerName: string;
  from: LatLon;
  to: LatLon;
  own: SideFigures;
  partner: SideFigures;
  /** The figure the width shows (US$), and whose report it is. */
  shown: number;
  shownBy: 'own' | 'partner';
  weight: number;
}

export interface FlowsModel {
  status: FlowsStatus;
  stateId: EntityId | null;
  stateName: string;
  year: number;
  /** The bilateral table's years. */
  firstYear: number;
  lastYear: number;
  lines: FlowLine[];
  /** Partners with no figure from either side that year. */
  unreported: string[];
}

/** Line widths in screen pixels: by the square root of the value, so an area-like reading is fair; $5 bn is 12 px. */
const REFERENCE = 5e9;
export const FLOW_KEY_VALUES = [1e8, 1e9, 5e9] as const;

export function flowWeight(value: number): number {
  return Math.min(16, 1.5 + 10.5 * Math.sqrt(Math.max(0, value) / REFERENCE));
}

export function flowsModel(dataset: Dataset, stateId: EntityId | null, year: number): FlowsModel {
  const entity = dataset.entities.find((e) => e.id === stateId);
  const base = { stateId, stateName: entity?.name ?? '', year, lines: [], unreported: [] };
  if (!entity) return { ...base, status: 'no-state', firstYear: 0, lastYear: 0 };
  const b = bilateralOf(dataset, entity.id);
  const span = { firstYear: b.firstYear, lastYear: b.lastYear };
  if (!b.covered) return { ...base, ...span, status: 'not-covered' };
  if (year < b.firstYear || year > b.lastYear) return { ...base, ...span, status: 'no-year' };
  const lines: FlowLine[] = [];
  const unreported: string[] = [];
  for (const p of b.partners) {
    const y = p.years.find((x) => x.year === year);
    const partner = dataset.entities.find((e) => e.id === p.id);
    const shownBy = y?.own.turnover != null ? 'own' : y?.partner.turnover != null ? 'partner' : null;
    if (!y || !partner || shownBy == null) {
      unreported.push(p.name);
      continue;
    }
    const shown = (shownBy === 'own' ? y.own.turnover : y.partner.turnover) ?? 0;
    lines.push({ partnerId: p.id, partnerName: p.name, from: entity.capital.location, to: partner.capital.location, own: y.own, partner: y.partner, shown, shownBy, weight: flowWeight(shown) });
  }
  lines.sort((a, b2) => b2.shown - a.shown);
  return { ...base, ...span, status: 'drawn', lines, unreported };
}
