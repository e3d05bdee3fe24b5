import type { ClaimCheck, Verdict } from '../../data/claims';
import { useSources } from '../../state/hooks';
import { SourceRefs } from '../../ui/SourceRefs';

const VERDICT_LABEL: Record<Verdict, string> = {
  holds: 'Holds',
  'does-not-hold': 'Does not hold',
  'cannot-check': 'Cannot be checked',
};

const VERDICT_ICON: Record<Verdict, string> = { holds: '✓', 'does-not-hold': '✗', 'cannot-check': '?' };

function ClaimItem({ check }: { check: ClaimCheck }) {
  const sources = useSources(check.sources);
  return (
    <li className={`claim claim--${check.verdict}`}>
      <p className="claim__text">
        <q>{check.claim.text}</q>
      </p>
      <p className="claim__verdict">
        <span className="claim__badge" aria-hidden="true">
          {VERDICT_ICON[check.verdict]}
        </span>
        <strong>{VERDICT_LABEL[check.verdict]}.</strong> {check.reason}
      </p>
      <p className="claim__meta">
        Test: {check.claim.test.interpretation} Claimed by: {check.claim.madeBy}.
        {check.claim.note ? ` ${check.claim.note}` : ''}
      </p>
      {sources.length > 0 ? <SourceRefs sources={sources} label="Figures from" /> : null}
    </li>
  );
}

export function ClaimsList({ checks }: { checks: ClaimCheck[] }) {
  return (
    <section className="claims" aria-labelledby="claims-title">
      <h4 id="claims-title" className="details__subheading">
        Claims checked against these figures
      </h4>
      <ul className="claims__list">
        {checks.map((check) => (
          <ClaimItem key={check.claim.id} check={check} />
        ))}
      </ul>
    </section>
  );
}
