import { memo } from 'react';
import type { Disagreement, NotPlotted, TradePoint } from '../../data/trade';
import { KIND_SHORT, NOT_PLOTTED_REASON, figureText, pointSummary, statedOnText } from './trade-text';

interface TradeNotesProps {
  disagreements: readonly Disagreement[];
  byId: ReadonlyMap<string, TradePoint>;
  notPlotted: readonly NotPlotted[];
}

/** Where sources disagree, said in words; and the statements left out of the OTS-wide series, listed with why. */
export const TradeNotes = memo(function TradeNotes({ disagreements, byId, notPlotted }: TradeNotesProps) {
  return (
    <div className="chart-notes">
      {disagreements.map((d) => (
        <p key={`${d.kind}-${d.year}`} className="trade-differ">
          <span className="trade-differ__swatch" aria-hidden="true" />
          <span>
            <strong>
              Sources differ on {d.year} ({KIND_SHORT[d.kind].toLowerCase()}):
            </strong>{' '}
            {d.ids.flatMap((id) => { const p = byId.get(id); return p ? [pointSummary(p)] : []; }).join('; ')}. All are shown;
            none is averaged.
          </span>
        </p>
      ))}
      {notPlotted.length > 0 ? (
        <details className="trade-others">
          <summary>Not plotted: {notPlotted.length} statements about one state’s trade or of unclear scope</summary>
          <ul>
            {notPlotted.map(({ observation: o, reason }) => (
              <li key={o.id}>
                {figureText(o)} ({o.period}; {o.scopeNote}) — {o.statedBy}, {statedOnText(o)}.{' '}
                <em>Left out: {NOT_PLOTTED_REASON[reason]}.</em>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
});
