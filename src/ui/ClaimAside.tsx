import type { ClaimCheck } from '../data/claims';
import { besideLines, inconsistencyText, VERDICT_ICON, verdictParts } from './claim-text';

/**
 * Under a claim's verdict: what the figure would be in the other set of states and in the year chosen, and a note when
 * its scope disagrees with another claim of the same sentence. The details' list and the claims view both show it.
 */
export function ClaimAside({ check }: { check: ClaimCheck }) {
  const beside = besideLines(check);
  return (
    <>
      {beside.length > 0 ? (
        <ul className="claim__beside" aria-label="The same figure elsewhere">
          {beside.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {check.inconsistency ? <p className="claim__inconsistent">⚠ {inconsistencyText(check.inconsistency)}</p> : null}
    </>
  );
}

/** A claim's verdict for its own scope and period, first, with the numbers that decide it. */
export function ClaimVerdict({ check, className }: { check: ClaimCheck; className: string }) {
  const verdict = verdictParts(check);
  return (
    <p className={className}>
      <span className="claim__badge" aria-hidden="true">
        {VERDICT_ICON[check.verdict]}
      </span>
      <strong>{verdict.label}</strong>
      {verdict.rest}
    </p>
  );
}
