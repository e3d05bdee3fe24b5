import { memo } from 'react';
import type { ClaimCheck } from '../../data/claims';
import { claimElementId, useDataset } from '../../state/hooks';
import { besideLines, evaluationNotes, periodText, publishedText, speakerText } from '../../ui/claim-text';
import { ClaimVerdict } from '../../ui/ClaimAside';

/**
 * A claim about the share of trade among the members: who made it and for which period, its verdict for that period,
 * and the shares it is held to, measured (from the states' own reports and their partners') and stated (by whom).
 */
export const TradeClaim = memo(function TradeClaim({ check }: { check: ClaimCheck }) {
  const dataset = useDataset();
  const notes = evaluationNotes(check.own, check, dataset);
  const beside = besideLines(check);
  return (
    <section id={claimElementId('trade', check.claim.id)} className={`claim trade-claim claim--${check.verdict}`} aria-label={`Claim: ${check.claim.words}`}>
      <p className="trade-claim__text">
        Claim: <q>{check.claim.words}</q>
      </p>
      <p className="trade-claim__by">
        {speakerText(check.claim)}. {publishedText(check.claim)}.
      </p>
      <p className="trade-claim__period">Its period: {periodText(check.period)}</p>
      <ClaimVerdict check={check} className="trade-claim__verdict" />
      <ul className="trade-claim__notes">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        {beside.map((line) => (
          <li key={line}>{line}.</li>
        ))}
      </ul>
      <details className="trade-claim__meta">
        <summary>How it is checked</summary>
        <p>
          {check.claim.reading.kind === 'change' ? check.claim.reading.interpretation : ''} {check.claim.note ?? ''}
        </p>
      </details>
    </section>
  );
});
