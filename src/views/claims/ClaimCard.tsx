import { memo } from 'react';
import type { ClaimCheck } from '../../data/claims';
import { useDataset, useSources } from '../../state/hooks';
import {
  evaluationNotes,
  periodText,
  scopeText,
  speakerName,
  speakerText,
  whenText,
} from '../../ui/claim-text';
import { SourceRefs } from '../../ui/SourceRefs';
import { ClaimAside, ClaimVerdict } from '../../ui/ClaimAside';
import { ClaimLink } from './ClaimLink';

/** One claim in full: the words, who said them where and when, the verdict for its own scope and period first. */
export const ClaimCard = memo(function ClaimCard({ check }: { check: ClaimCheck }) {
  const dataset = useDataset();
  const figureSources = useSources(check.sources);
  const claimSources = useSources(check.claim.sources);
  const { claim, own } = check;
  const reading = claim.reading.kind === 'none' ? null : claim.reading.interpretation;
  return (
    <li className={`claim-card claim--${check.verdict}`} aria-labelledby={`claim-card-${claim.id}`}>
      <h3 id={`claim-card-${claim.id}`} className="claim-card__words">
        <q>{claim.words}</q>
      </h3>
      <p className="claim__by">
        {speakerName(claim)}, {whenText(claim)}
      </p>
      <ClaimVerdict check={check} className="claim-card__verdict" />
      {evaluationNotes(own, check, dataset).map((n) => (
        <p key={n} className="claim-card__note">
          {n}
        </p>
      ))}
      <ClaimAside check={check} />
      <dl className="claim-card__facts">
        <dt>Said by</dt>
        <dd>{speakerText(claim)}</dd>
        <dt>Where</dt>
        <dd>{claim.publishedIn ?? 'not recorded'}</dd>
        <dt>When</dt>
        <dd>{claim.published?.text ?? 'not recorded'}</dd>
        <dt>Stated scope</dt>
        <dd>{scopeText(check)}</dd>
        <dt>Stated period</dt>
        <dd>{periodText(check.period)}</dd>
        {reading ? (
          <>
            <dt>Read as</dt>
            <dd>{reading}</dd>
          </>
        ) : null}
      </dl>
      {claim.note ? <p className="claim-card__note">{claim.note}</p> : null}
      <p className="claim-card__links">
        <ClaimLink check={check} />
      </p>
      {figureSources.length > 0 ? <SourceRefs sources={figureSources} label="Figures from" /> : null}
      <SourceRefs sources={claimSources} label="Claim from" />
    </li>
  );
});
