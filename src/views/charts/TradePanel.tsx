import { useCallback, useMemo, useState } from 'react';
import type { MembershipRule } from '../../data/series';
import { useDataset, useSources, useYear } from '../../state/hooks';
import { useActions, useScope, useSelectedStateId } from '../../state/selectors';
import { Panel } from '../../ui/Panel';
import { PanelActions } from '../../ui/export/PanelActions';
import { useReportDrawn } from '../../ui/ready';
import { BilateralSection } from './BilateralSection';
import { ChartSwitch } from './ChartSwitch';
import { ruleOptions } from './gdp-text';
import { MeasuredNote } from './MeasuredNote';
import { MeasuredTable } from './MeasuredTable';
import { SourceLine } from './SourceLine';
import { TradeChart } from './TradeChart';
import { TradeClaim } from './TradeClaim';
import { TRADE_COLOURS, useTradeExport } from './trade-export';
import { kindTitle } from './trade-text';
import { TradeKey } from './TradeKey';
import { TradeNotes } from './TradeNotes';
import { TradeTable } from './TradeTable';
import { useTradeModel } from './useTradeModel';
import './charts.css';
import { sourceIndex } from '../../data/source-index';

/**
 * Intra-OTS trade: the share of the members' trade with each other and its volume, computed from IMF DOTS where
 * bilateral figures exist (to 2020), beside every figure stated by officials and analysts, each with who said it; the
 * "3 to 7 percent" claim checked against both; and, for a selected state, its trade with each of the others.
 */
export function TradePanel() {
  const dataset = useDataset();
  const year = useYear();
  const scope = useScope();
  const stateId = useSelectedStateId();
  const { yearChanged } = useActions();
  const [rule, setRule] = useState<MembershipRule>('since-joining');
  const [tableShown, setTableShown] = useState(false);
  const [drawn, setDrawn] = useState(false);
  useReportDrawn('trade', drawn);

  const model = useTradeModel(dataset, scope, rule, year);
  const { series, share, lines, claims, names, layout, claimLines, period, ruleText, context } = model;
  const byId = useMemo(() => new Map([...series.volume, ...series.share].map((p) => [p.id, p])), [series]);
  const allPoints = useMemo(() => [...series.volume, ...series.share], [series]);
  const sourcesById = useMemo(() => sourceIndex(dataset), [dataset]);
  const sources = useSources([...new Set([...share.sources, ...series.sources])]);
  const rules = useMemo(() => ruleOptions(scope), [scope]);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const common = { ...layout, year, sourcesById, byId, measuredContext: context, onYear: yearChanged };
  const who = scope === 'all' ? 'members and observers' : 'members';
  const caption = `Intra-OTS trade of the ${who}: computed from IMF DOTS (current US$; exports FOB, imports CIF) and as reported in statements`;
  const exports = useTradeExport({ dataset, series, share, sources, caption, ruleText });
  const table = dataset.tradeFlows?.bilateral ?? null;
  const shareTitle = kindTitle('share', scope);
  const volumeTitle = kindTitle('volume', scope);

  return (
    <Panel
      id="trade"
      title="Intra-OTS trade"
      subtitle={`measured (IMF DOTS) and as stated: US$ bn and % of total trade, ${who}`}
      actions={<PanelActions exports={exports} table={{ id: 'trade-table', shown: tableShown, onToggle: () => setTableShown((s) => !s) }} />}
      className="chart-panel"
    >
      {table ? (
        <div className="chart-controls">
          <ChartSwitch legend="Count" options={rules} value={rule} onChange={setRule} />
        </div>
      ) : null}
      <div data-export="figure">
        <div data-export-heading={shareTitle}>
          <h3 className="chart-title">{shareTitle}</h3>
          <TradeChart {...common} kind="share" points={series.share} measured={lines.share} disagreements={series.disagreements} claimLines={claimLines} period={period} colour={TRADE_COLOURS.share} label={`${shareTitle}: computed and as reported, with the claimed 3% and 7%`} onDrawn={onDrawn} />
        </div>
        <div data-export-heading={volumeTitle}>
          <h3 className="chart-title">{volumeTitle}</h3>
          <TradeChart {...common} kind="volume" points={series.volume} measured={lines.volume} disagreements={series.disagreements} colour={TRADE_COLOURS.volume} label={`${volumeTitle}: computed from both sides’ reports, and as reported`} />
        </div>
      </div>
      <TradeKey measured={table != null} />
      <MeasuredNote table={table} series={share} ruleText={ruleText} names={names} />
      {claims.map((c) => (
        <TradeClaim key={c.claim.id} check={c} />
      ))}
      <TradeNotes disagreements={series.disagreements} byId={byId} notPlotted={series.notPlotted} />
      {stateId ? <BilateralSection stateId={stateId} year={year} /> : <p className="chart-rule">Select a state for its trade with each of the others, from its own reports and theirs.</p>}
      <SourceLine sources={sources} detail={table ? `Measured: ${table.vintage}` : undefined} asOf={dataset.asOf} />
      {tableShown ? (
        <div id="trade-table">
          <MeasuredTable series={share} caption={`Share computed from IMF DOTS, ${who}. ${ruleText}`} names={names} year={year} onYear={yearChanged} />
          <TradeTable points={allPoints} caption="Intra-OTS trade as reported: every statement for all the members" year={year} sourcesById={sourcesById} byId={byId} onYear={yearChanged} />
        </div>
      ) : null}
    </Panel>
  );
}
