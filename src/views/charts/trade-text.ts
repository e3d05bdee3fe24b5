/** The words of the trade panel, shared by the charts, tooltips, table and CSV. */
import type { TradeObservation } from '../../data/schema';
import type { NotPlotted, TradeKind, TradePoint } from '../../data/trade';
import type { Scope } from '../../data/derive';
import type { MembershipRule } from '../../data/series';
import type { MissingCell, NoShareReason } from '../../data/trade-share';
import { formatList, formatPartialDate } from '../../ui/format';
import { formatReported } from '../../ui/format-chart';

export const KIND_TITLE: Record<TradeKind, string> = {
  volume: 'Trade among the members, US$ bn',
  share: 'Share of the members’ total trade, %',
};

/** The chart's title for the states in scope: the measured lines follow the scope, the statements are the members'. */
export function kindTitle(kind: TradeKind, scope: Scope): string {
  if (scope === 'members') return KIND_TITLE[kind];
  return kind === 'volume' ? 'Trade among the members and observers, US$ bn' : 'Share of the members’ and observers’ total trade, %';
}

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

/** The measured lines, as the key and the tooltips name them. */
export const MEASURED_LABEL = {
  'share-own': 'Computed from IMF DOTS: the states’ own reports',
  'volume-exporters': 'Computed: exports to each other, as the exporters report them (FOB)',
  'volume-importers': 'Computed: the same trade, as the importers report it (CIF)',
} as const;

export const MEASURED_SHORT = {
  'share-own': 'share, own reports',
  'volume-exporters': 'exporters’ reports',
  'volume-importers': 'importers’ reports',
} as const;

export interface Joiner {
  name: string;
  status: 'member' | 'observer';
  date: string;
}

/** Who is counted in the measured series, in a sentence, naming how the year a state joined in is counted. */
export function measuredRuleText(scope: Scope, rule: MembershipRule, counted: readonly string[], joiners: readonly Joiner[]): string {
  const who = scope === 'all' ? 'members and observers' : 'members';
  if (rule === 'today') return `Today’s ${who} (${formatList([...counted])}) are counted in every year, before they joined too.`;
  const each = joiners.map((j) => `${j.name} (${j.status === 'member' ? 'a member' : 'an observer'} from ${formatPartialDate(j.date)}) from ${j.date.slice(0, 4)}`);
  return `The ${who} of each year are counted, each for the whole of the year it joined in${each.length > 0 ? `: ${formatList(each)}` : ''}.`;
}

export const SHARE_FORMULA =
  'Share = the states’ exports to and imports from each other ÷ their exports to and imports from the World, each figure as the reporting state gives it.';

export const MIRROR_NOTE =
  'From the partners’ reports (each state’s exports to another taken as that state’s imports from it, and the reverse) the share is the same for the whole set in every year: both readings count every flow inside the set once from each side. The two sides do disagree flow by flow — the exporters report more trade with each other than the importers do (the two lines above) — and state by state: select a state for its own and its partners’ figures.';

export const NO_SHARE_TEXT: Record<NoShareReason, string> = {
  'no-states': 'no state counted yet',
  'one-state': 'one state only',
  missing: 'a figure is missing',
};

/**
 * "Northern Cyprus (in no source)", "Uzbekistan with Hungary" for the cells a year lacks. A state with no figures at all
 * is named once: the other states' missing cells with it go without saying.
 */
export function missingCellsText(cells: readonly MissingCell[], names: ReadonlyMap<string, string>): string {
  const absent = new Set(cells.filter((c) => c.partner === 'WLD').map((c) => c.reporter));
  const byReporter = new Map<string, Set<string>>();
  for (const c of cells) {
    if (absent.has(c.partner)) continue;
    byReporter.set(c.reporter, (byReporter.get(c.reporter) ?? new Set()).add(c.partner));
  }
  const parts = [...byReporter].map(([reporter, partners]) => {
    const name = names.get(reporter) ?? reporter;
    if (absent.has(reporter)) return `${name} (in no source)`;
    return `${name} with ${formatList([...partners].map((p) => names.get(p) ?? p))}`;
  });
  return `no figure from ${parts.join('; ')}`;
}
