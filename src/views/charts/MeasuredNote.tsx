import { memo } from 'react';
import type { FlowTable } from '../../data/schema';
import type { ShareSeries } from '../../data/trade-share';
import { missingCellsText, MIRROR_NOTE, SHARE_FORMULA } from './trade-text';

interface MeasuredNoteProps {
  table: FlowTable | null;
  series: ShareSeries;
  ruleText: string;
  names: ReadonlyMap<string, string>;
}

/** How the measured share is computed, from what, and where it has gaps: said next to the charts that draw it. */
export const MeasuredNote = memo(function MeasuredNote({ table, series, ruleText, names }: MeasuredNoteProps) {
  if (!table) return <p className="chart-rule">This dataset has no measured trade flows: the charts show statements only.</p>;
  const gaps = series.years.filter((y) => y.noShare === 'missing');
  const measured = series.years.filter((y) => y.own != null).map((y) => y.year);
  const last = series.years[series.years.length - 1]?.year;
  // Consecutive years whose share is missing for the same reason are told as one span.
  const spans: { from: number; to: number; why: string }[] = [];
  for (const y of gaps) {
    const why = missingCellsText(y.missing.own, names);
    const prev = spans[spans.length - 1];
    if (prev && prev.why === why && prev.to === y.year - 1) prev.to = y.year;
    else spans.push({ from: y.year, to: y.year, why });
  }
  return (
    <div className="chart-rule trade-measured-note">
      <p>
        <strong>Measured, {measured.length > 0 ? `${measured[0]}–${measured[measured.length - 1]}` : 'no year'}:</strong> {SHARE_FORMULA} {ruleText}
      </p>
      <p>
        Source: {table.label}, {table.vintage}; {table.unit}, {table.basis.export}, {table.basis.import}. No bilateral source goes past {last}:
        from {last != null ? last + 1 : 'then'} on the charts have statements only.
      </p>
      {spans.length > 0 ? (
        <p>
          No share where a figure is missing (never the share of fewer states):{' '}
          {spans.map((s) => `${s.from === s.to ? s.from : `${s.from}–${s.to}`}, ${s.why}`).join('; ')}.
        </p>
      ) : null}
      <p>{MIRROR_NOTE}</p>
    </div>
  );
});
