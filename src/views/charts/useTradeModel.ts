/** What the trade panel draws, derived once per dataset, scope, rule (and year, for the claim's chosen-year figures). */
import { useMemo } from 'react';
import { firstYearInScope, type MembershipRule } from '../../data/series';
import type { Scope } from '../../data/derive';
import type { Dataset } from '../../data/schema';
import { tradeSeries, tradeShareClaims } from '../../data/trade';
import { shareSeries } from '../../data/trade-share';
import { yearPosition } from '../../ui/format-chart';
import { measuredLines } from './trade-measured';
import { measuredRuleText, type Joiner } from './trade-text';
import type { ClaimLine } from './TradeChart';
import type { MeasuredContext } from './TradeTooltip';

export function useTradeModel(dataset: Dataset, scope: Scope, rule: MembershipRule, year: number) {
  const series = useMemo(() => tradeSeries(dataset), [dataset]);
  const share = useMemo(() => shareSeries(dataset, scope, rule), [dataset, scope, rule]);
  const lines = useMemo(() => measuredLines(share), [share]);
  const claims = useMemo(() => tradeShareClaims(dataset, { year, scope }), [dataset, year, scope]);
  const names = useMemo(() => new Map(dataset.entities.map((e) => [e.id, e.name])), [dataset]);

  const layout = useMemo(() => {
    const firstYear = Math.min(series.firstYear, lines.first ?? Infinity);
    const statementsOnly = lines.tableLast != null && lines.tableLast < series.lastYear ? { from: lines.tableLast + 1, to: series.lastYear } : null;
    return { firstYear, lastYear: series.lastYear, undatedX: series.undatedX, statementsOnly };
  }, [series, lines]);

  const claimLines = useMemo(
    () =>
      claims.flatMap((c): ClaimLine[] =>
        c.claim.reading.kind === 'change'
          ? [{ value: c.claim.reading.from, label: `claim: ${c.claim.reading.from}%` }, { value: c.claim.reading.to, label: `claim: ${c.claim.reading.to}%` }]
          : [],
      ),
    [claims],
  );
  // The claimed period on the axis, where each year's figures sit at its middle: a day is placed within its year.
  const period = useMemo(() => {
    const p = claims[0]?.claim.statedPeriod;
    return p?.kind === 'between' ? { from: yearPosition(p.from) - 0.5, to: yearPosition(p.to) - 0.5 } : null;
  }, [claims]);

  const ruleText = useMemo(() => {
    const table = dataset.tradeFlows?.bilateral;
    const lastYear = share.years[share.years.length - 1]?.year ?? 0;
    const firstYear = share.years[0]?.year ?? 0;
    const founded = Math.min(...dataset.entities.map((e) => firstYearInScope(e, scope) ?? Infinity));
    const joiners: Joiner[] = dataset.entities.flatMap((e) => {
      const from = firstYearInScope(e, scope);
      const change = e.statusHistory.find((c) => Number(c.date.slice(0, 4)) === from);
      // States that joined after the founders while the table runs: those whose first year needs saying.
      if (!table || from == null || !change || from <= founded || from < firstYear || from > lastYear) return [];
      return [{ name: e.name, status: change.status, date: change.date }];
    });
    const counted = share.years[share.years.length - 1]?.states.map((id) => names.get(id) ?? id) ?? [];
    return measuredRuleText(scope, rule, counted, joiners);
  }, [dataset, share, scope, rule, names]);

  const context = useMemo((): MeasuredContext => {
    const table = dataset.tradeFlows?.bilateral;
    const publisher = dataset.sources.find((s) => s.id === table?.sources[0])?.publisher ?? '';
    return { names, publisher, vintage: table?.vintage ?? '', basis: table ? `${table.basis.export}, ${table.basis.import}` : '' };
  }, [dataset, names]);

  return { series, share, lines, claims, names, layout, claimLines, period, ruleText, context };
}
