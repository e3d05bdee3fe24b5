import type { Source } from '../../data/schema';
import type { TradePoint } from '../../data/trade';
import { formatList } from '../../ui/format';
import { formatUsdBn } from '../../ui/format-chart';
import { isMeasured, type MeasuredPoint } from './trade-measured';
import { figureText, KIND_UNIT, markWords, MEASURED_LABEL, speaker, statedOnText, yearText } from './trade-text';
import { measuredShareText } from './trade-measured-text';

/** What a measured point's tooltip names besides its figures: the states, the source and its vintage. */
export interface MeasuredContext {
  names: ReadonlyMap<string, string>;
  publisher: string;
  vintage: string;
  basis: string;
}

interface TradeTooltipProps {
  sourcesById: ReadonlyMap<string, Source>;
  /** Every plotted point by id, to name the figures that differ from this one. */
  byId: ReadonlyMap<string, TradePoint>;
  measured: MeasuredContext;
  /** Filled in by Recharts. */
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

/** A year of a measured line: the share from both sides' reports, the trade behind it, who is counted, the source. */
function MeasuredTip({ point, context }: { point: MeasuredPoint; context: MeasuredContext }) {
  const { share } = point;
  return (
    <div className="chart-tooltip chart-tooltip--trade" data-measured={point.line} data-year={point.year}>
      <p className="chart-tooltip__title">
        {point.year}: {measuredShareText(share)}
      </p>
      <dl className="chart-tooltip__facts">
        <dt>Line</dt>
        <dd>{MEASURED_LABEL[point.line]}</dd>
        {share.intra ? (
          <>
            <dt>Trade with each other</dt>
            <dd>
              {formatUsdBn(share.intra.exportsReported / 1e9)} as the exporters report it, {formatUsdBn(share.intra.importsReported / 1e9)} as the importers do
            </dd>
          </>
        ) : null}
        {share.world != null ? (
          <>
            <dt>With the World</dt>
            <dd>{formatUsdBn(share.world / 1e9)} (exports and imports)</dd>
          </>
        ) : null}
        <dt>Counted</dt>
        <dd>{formatList(share.states.map((id) => context.names.get(id) ?? id))}</dd>
        <dt>Source</dt>
        <dd>
          {context.publisher}, {context.vintage}; {context.basis}
        </dd>
      </dl>
    </div>
  );
}

/** One reported figure (value, period, who stated it and when, the publisher), or one year of a measured line. */
export function TradeTooltip({ sourcesById, byId, measured, active, payload }: TradeTooltipProps) {
  const hovered = active ? payload?.[0]?.payload : undefined;
  if (isMeasured(hovered)) return <MeasuredTip point={hovered} context={measured} />;
  const point = hovered as TradePoint | undefined;
  if (!point?.observation) return null;
  const o = point.observation;
  const publishers = [...new Set(o.sources.flatMap((id) => sourcesById.get(id)?.publisher ?? []))];
  const others = point.conflictsWith.flatMap((id) => byId.get(id) ?? []);
  const marks = markWords(point);
  return (
    <div className="chart-tooltip chart-tooltip--trade" data-observation={o.id}>
      <p className="chart-tooltip__title">
        {figureText(o)} <span className="chart-tooltip__unit">({KIND_UNIT[point.kind]})</span>
      </p>
      <dl className="chart-tooltip__facts">
        <dt>Year</dt>
        <dd>{yearText(o)}</dd>
        <dt>Period as reported</dt>
        <dd>{o.period}</dd>
        <dt>Stated by</dt>
        <dd>{o.statedBy}</dd>
        <dt>When</dt>
        <dd>{statedOnText(o)}</dd>
        <dt>Source</dt>
        <dd>{publishers.join('; ')}</dd>
      </dl>
      {marks ? <p className="chart-tooltip__note">Drawn as: {marks}.</p> : null}
      {others.length > 0 ? (
        <p className="chart-tooltip__note chart-tooltip__note--differ">
          Other figures for {o.year}: {others.map((p) => `${figureText(p.observation)} (${speaker(p.observation)})`).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}
