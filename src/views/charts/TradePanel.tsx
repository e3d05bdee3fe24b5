import { useCallback, useMemo, useState } from 'react';
import { tradeSeries, tradeShareClaims } from '../../data/trade';
import { useDataset, useSources, useYear } from '../../state/hooks';
import { useActions } from '../../state/selectors';
import { Panel } from '../../ui/Panel';
import { PanelActions } from '../../ui/export/PanelActions';
import { useReportDrawn } from '../../ui/ready';
import { SourceLine } from './SourceLine';
import { TradeChart, type ClaimLine } from './TradeChart';
import { TradeClaim } from './TradeClaim';
import { TRADE_COLOURS, useTradeExport } from './trade-export';
import { KIND_TITLE } from './trade-text';
import { TradeKey } from './TradeKey';
import { TradeNotes } from './TradeNotes';
import { TradeTable } from './TradeTable';
import './charts.css';
import { sourceIndex } from '../../data/source-index';

const VOLUME_COLOUR = TRADE_COLOURS.volume;
const SHARE_COLOUR = TRADE_COLOURS.share;

/** Intra-OTS trade as reported: volumes and shares, each with who said it, and the "3 to 7 percent" claim. */
export function TradePanel() {
  const dataset = useDataset();
  const year = useYear();
  const { yearChanged } = useActions();
  const [tableShown, setTableShown] = useState(false);
  const [drawn, setDrawn] = useState(false);
  useReportDrawn('trade', drawn);

  const series = useMemo(() => tradeSeries(dataset), [dataset]);
  const claims = useMemo(() => tradeShareClaims(dataset), [dataset]);
  const claimLines = useMemo(
    () =>
      claims.flatMap((c): ClaimLine[] =>
        c.claim.test.kind === 'change'
          ? [{ value: c.claim.test.from, label: `claim: ${c.claim.test.from}%` }, { value: c.claim.test.to, label: `claim: ${c.claim.test.to}%` }]
          : [],
      ),
    [claims],
  );
  const byId = useMemo(() => new Map([...series.volume, ...series.share].map((p) => [p.id, p])), [series]);
  const allPoints = useMemo(() => [...series.volume, ...series.share], [series]);
  const sourcesById = useMemo(() => sourceIndex(dataset), [dataset]);
  const sources = useSources(series.sources);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const common = { firstYear: series.firstYear, lastYear: series.lastYear, undatedX: series.undatedX, year, sourcesById, byId, onYear: yearChanged };
  const caption = 'Intra-OTS trade as reported: volume (US$ bn) and share of the members’ total trade (%), OTS-wide statements only';
  const exports = useTradeExport(dataset, series, sources, caption);

  return (
    <Panel
      id="trade"
      title="Intra-OTS trade"
      subtitle="as reported: US$ bn and % of total trade"
      actions={<PanelActions exports={exports} table={{ id: 'trade-table', shown: tableShown, onToggle: () => setTableShown((s) => !s) }} />}
      className="chart-panel"
    >
      <p className="chart-rule">
        <strong>Statements, not a series:</strong> figures for all OTS members, each as stated; where sources differ,
        all are shown.
      </p>
      <div data-export="figure">
        <div data-export-heading={KIND_TITLE.volume}>
          <h3 className="chart-title">{KIND_TITLE.volume}</h3>
          <TradeChart {...common} kind="volume" points={series.volume} disagreements={series.disagreements} colour={VOLUME_COLOUR} label={`${KIND_TITLE.volume}, as reported`} />
        </div>
        <div data-export-heading={KIND_TITLE.share}>
          <h3 className="chart-title">{KIND_TITLE.share}</h3>
          <TradeChart {...common} kind="share" points={series.share} disagreements={series.disagreements} claimLines={claimLines} colour={SHARE_COLOUR} label={`${KIND_TITLE.share}, as reported, with the claimed 3% and 7%`} onDrawn={onDrawn} />
        </div>
      </div>
      <TradeKey />
      {claims.map((c) => (
        <TradeClaim key={c.claim.id} check={c} />
      ))}
      <TradeNotes disagreements={series.disagreements} byId={byId} notPlotted={series.notPlotted} />
      <SourceLine sources={sources} asOf={dataset.asOf} />
      {tableShown ? <TradeTable id="trade-table" points={allPoints} caption={caption} year={year} sourcesById={sourcesById} byId={byId} onYear={yearChanged} /> : null}
    </Panel>
  );
}
