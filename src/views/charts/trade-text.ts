/** The words of the trade panel, shared by the charts, tooltips, table and CSV. */
import type { TradeObservation } from '../../data/schema';
import type { NotPlotted, TradeKind, TradePoint } from '../../data/trade';
import { formatPartialDate } from '../../ui/format';
import { formatReported } from '../../ui/format-chart';

export const KIND_TITLE: Record<TradeKind, string> = {
  volume: 'Trade among the members, US$ bn',
  share: 'Share of the members’ total trade, %',
};

export const KIND_UNIT: Record<TradeKind, string> = {
  volume: 'US$ billion a year',
  share: 'percent of the members’ total foreign trade',
};

export const KIND_SHORT: Record<TradeKind, string> = { volume: 'Volume', share: 'Share' };

export const NOT_PLOTTED_REASON: Record<NotPlotted['reason'], string> = {
  'single-state': 'one state’s trade only',
  'unclear-scope': 'scope unclear',
  'no-figure': 'no figure given',
};

export function figureText(o: TradeObservation): string {
  return formatReported({ value: o.value, range: o.range ?? null, unit: o.unit, qualifier: o.qualifier });
}

/** "Ömer Bolat" from "Ömer Bolat, Turkish Trade Minister". */
export function speaker(o: TradeObservation): string {
  return o.statedBy.split(/[,(]/)[0]?.trim() ?? o.statedBy;
}

export function statedOnText(o: TradeObservation): string {
  return o.statedOn ? formatPartialDate(o.statedOn) : 'date not recorded';
}

/** "2023", "c. 2014 (year approximate)", "no year given". */
export function yearText(o: TradeObservation): string {
  if (o.year == null) return 'no year given';
  return o.yearApproximate ? `c. ${o.year}` : String(o.year);
}

/** "more than $22 bn (Kassym-Jomart Tokayev, 2023 (partial year))" */
export function pointSummary(p: TradePoint): string {
  return `${figureText(p.observation)} (${speaker(p.observation)}, ${p.observation.period})`;
}

/** How the point is drawn, in words (for the table and screen readers). */
export function markWords(p: TradePoint): string {
  const words: string[] = [];
  if (p.range) words.push('range');
  if (p.observation.qualifier === 'more-than') words.push('lower bound');
  if (p.observation.qualifier === 'approximately') words.push('approximate figure');
  if (p.observation.yearApproximate) words.push('year approximate');
  if (p.year == null) words.push('no year given');
  return words.join(', ');
}
