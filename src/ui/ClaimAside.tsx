import type { ClaimCheck } from '../data/claims';
import { besideLines, inconsistencyText } from './claim-text';

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
