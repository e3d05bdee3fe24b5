import { memo } from 'react';
import type { ClaimCheck, Verdict } from '../../data/claims';

const VERDICT_LABEL: Record<Verdict, string> = {
  holds: 'Holds',
  'does-not-hold': 'Does not hold',
  'cannot-check': 'Cannot be checked',
};
const VERDICT_ICON: Record<Verdict, string> = { holds: '✓', 'does-not-hold': '✗', 'cannot-check': '?' };

/** A claim about the share of trade, its verdict and why, beside the shares it was checked against. */
export const TradeClaim = memo(function TradeClaim({ check }: { check: ClaimCheck }) {
  return (
    <section className={`claim trade-claim claim--${check.verdict}`} aria-label={`Claim: ${check.claim.text}`}>
      <p className="trade-claim__text">
        Claim: <q>{check.claim.text}</q>
      </p>
      <p className="trade-claim__verdict">
        <span className="claim__badge" aria-hidden="true">
          {VERDICT_ICON[check.verdict]}
        </span>
        <strong>{VERDICT_LABEL[check.verdict]}.</strong> {check.reason}
      </p>
      <details className="trade-claim__meta">
        <summary>How it is checked</summary>
        <p>
          {check.claim.test.interpretation} Claimed by: {check.claim.madeBy}. {check.claim.note ?? ''}
        </p>
      </details>
    </section>
  );
});
