/** The words of the map's trade flows: its key, its list, its tooltips and its status line. */
import type { FlowLine, FlowsModel } from './trade-flows';
import { formatUsd } from '../../ui/format';
import type { TooltipModel } from './tooltip-content';

export const FLOWS_TOGGLE_LABEL = 'Trade flows of the selected state';

function side(v: { exports: number | null; imports: number | null }): string {
  const part = (x: number | null) => (x == null ? 'not reported' : formatUsd(x));
  return `exports ${part(v.exports)}, imports ${part(v.imports)}`;
}

/** "Uzbekistan: $2.91 bn as Kazakhstan reports it ($2.86 bn as Uzbekistan reports it)". */
/** The same flows from the partner's side: the state's exports are the partner's imports, and the reverse. */
function partnerSide(line: FlowLine): string {
  const part = (x: number | null) => (x == null ? 'not reported' : formatUsd(x));
  return `exports ${part(line.partner.exports)} (its imports), imports ${part(line.partner.imports)} (its exports)`;
}

export function flowListText(line: FlowLine, stateName: string): string {
  const own = line.own.turnover == null ? `not reported by ${stateName}` : `${formatUsd(line.own.turnover)} as ${stateName} reports it`;
  const partner = line.partner.turnover == null ? `not reported by ${line.partnerName}` : `${formatUsd(line.partner.turnover)} as ${line.partnerName} reports it`;
  return `${line.partnerName}: ${own} (${partner})`;
}

export function flowTooltip(line: FlowLine, model: FlowsModel): TooltipModel {
  return {
    title: `${model.stateName} – ${line.partnerName}, ${model.year}`,
    subtitle: 'Merchandise trade, current US$ (IMF DOTS)',
    rows: [
      { label: `As ${model.stateName} reports it`, value: side(line.own) },
      { label: `As ${line.partnerName} reports it`, value: partnerSide(line) },
    ],
    notes: [
      `${line.partnerName}’s figures are its imports from ${model.stateName} (CIF) and its exports to it (FOB). Both are shown; neither is averaged.`,
      ...(line.shownBy === 'partner' ? [`${model.stateName} reports no figure: the line (dashed) shows ${line.partnerName}’s.`] : []),
    ],
    sources: 'International Monetary Fund',
  };
}

/** What the status line says about the flows, or null when they are drawn. */
export function flowsStatusText(model: FlowsModel): string | null {
  switch (model.status) {
    case 'no-state':
      return 'Select a state to draw its trade with each of the others.';
    case 'not-covered':
      return `No source in the atlas has ${model.stateName}’s trade: no flows to draw.`;
    case 'no-year':
      return `No bilateral figures for ${model.year}: the IMF tables in the atlas cover ${model.firstYear}–${model.lastYear}.`;
    case 'drawn':
      return null;
  }
}

export function flowsKeyTitle(model: FlowsModel): string {
  return `Trade of ${model.stateName}, ${model.year}`;
}
