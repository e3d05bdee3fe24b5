import type { Source } from '../../data/schema';
import type { TradePoint } from '../../data/trade';
import { figureText, KIND_UNIT, markWords, speaker, statedOnText, yearText } from './trade-text';

interface TradeTooltipProps {
  sourcesById: ReadonlyMap<string, Source>;
  /** Every plotted point by id, to name the figures that differ from this one. */
  byId: ReadonlyMap<string, TradePoint>;
  /** Filled in by Recharts. */
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

/** One reported figure: value and unit, the period as reported, who stated it and when, and the publisher. */
export function TradeTooltip({ sourcesById, byId, active, payload }: TradeTooltipProps) {
  const point = active ? (payload?.[0]?.payload as TradePoint | undefined) : undefined;
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
