/** The words of the GDP panel: views, rules, missing values and the rule in force, shared by chart, table and CSV. */
import type { Scope } from '../../data/derive';
import type { Dataset } from '../../data/schema';
import type { GdpSeries, MembershipRule, MissingReason } from '../../data/series';
import { formatUsd, formatList } from '../../ui/format';
import { formatUsdCompact, formatUsdPerPerson } from '../../ui/format-chart';

/** `stacked`: the total as stacked areas; `lines`: one line per state; `per-person`: GDP per person, one line each. */
export type GdpView = 'stacked' | 'lines' | 'per-person';

export const VIEW_OPTIONS = [
  { value: 'stacked', label: 'Total' },
  { value: 'lines', label: 'By state' },
  { value: 'per-person', label: 'Per person' },
] as const satisfies readonly { value: GdpView; label: string }[];

export function ruleOptions(scope: Scope): readonly { value: MembershipRule; label: string }[] {
  return [
    { value: 'since-joining', label: 'Since joining' },
    { value: 'today', label: scope === 'all' ? 'Today’s line-up' : 'Today’s members' },
  ];
}

export const PER_PERSON_NOTE = 'computed: GDP ÷ population (different World Bank releases)';

export const MISSING_TEXT: Record<MissingReason, { mark: string; text: string }> = {
  'not-counted': { mark: 'a', text: 'not yet a member or observer' },
  'no-gdp': { mark: 'b', text: 'no GDP figure' },
  'no-population': { mark: 'c', text: 'no population figure' },
  'no-gdp-or-population': { mark: 'd', text: 'no GDP or population figure' },
};

export function formatValue(series: GdpSeries, value: number): string {
  return series.options.measure === 'per-person' ? formatUsdPerPerson(value) : formatUsd(value);
}

/** The table's figures are in one unit: US$ billions, or US$ per person. */
export function tableUnit(series: GdpSeries): string {
  return series.options.measure === 'per-person' ? 'US$ per person' : 'US$ billions';
}

/** A value in the table's unit. */
export function tableValue(series: GdpSeries, value: number): number {
  return series.options.measure === 'per-person' ? value : value / 1e9;
}

export function formatAxis(series: GdpSeries, value: number): string {
  return series.options.measure === 'per-person' ? formatUsdCompact(value) : formatUsd(value);
}

export function totalLabel(series: GdpSeries): string {
  return series.options.measure === 'per-person' ? 'OTS combined' : 'OTS total';
}

export function scopeWords(scope: Scope): string {
  return scope === 'all' ? 'members and observers' : 'members';
}

/** The rule in force, in a sentence: who counts from when. */
export function ruleStatement(series: GdpSeries): string {
  const who = scopeWords(series.options.scope);
  if (series.options.rule === 'today') {
    return `Today’s ${who} (${series.todayYear}) are counted in every year, including years before they joined.`;
  }
  const byYear = new Map<number, string[]>();
  for (const e of series.entities) {
    if (e.countedFrom == null) continue;
    const name = e.statusToday === 'observer' ? `${e.name} (observer)` : e.name;
    byYear.set(e.countedFrom, [...(byYear.get(e.countedFrom) ?? []), name]);
  }
  const parts = [...byYear].map(([year, names]) => `${formatList(names)} from ${year}`);
  return `Counted from the year each joined: ${parts.join('; ')}.`;
}

/** "Excludes Northern Cyprus (no GDP figure)" for a total that leaves states out. */
export function excludedText(names: ReadonlyMap<string, string>, ids: readonly string[]): string {
  return ids.length === 0 ? '' : `excludes ${formatList(ids.map((id) => names.get(id) ?? id))} (no figure)`;
}

export function entityNames(dataset: Dataset): ReadonlyMap<string, string> {
  return new Map(dataset.entities.map((e) => [e.id, e.name]));
}

export function gdpFileName(series: GdpSeries): string {
  const first = series.rows[0]?.year;
  const last = series.rows[series.rows.length - 1]?.year;
  const measure = series.options.measure === 'per-person' ? 'gdp-per-person' : 'gdp';
  const rule = series.options.rule === 'today' ? 'today' : 'since-joining';
  return `ots-${measure}-${first}-${last}-${series.options.scope}-${rule}.csv`;
}
