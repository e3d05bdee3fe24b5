import type { MouseEvent } from 'react';
import type { ClaimCheck } from '../../data/claims';
import { claimElementId, useClaimViewLink, useSources } from '../../state/hooks';
import { speakerName, whenText } from '../../ui/claim-text';
import { revealWhenDrawn, isPlainClick } from '../../ui/reveal';
import { SourceRefs } from '../../ui/SourceRefs';
import { ClaimAside, ClaimVerdict } from '../../ui/ClaimAside';
import { ViewLink } from '../../ui/ViewLink';

/** One claim: who said it, the verdict for its own scope and period, and the same figure for the other set and year. */
function ClaimItem({ check }: { check: ClaimCheck }) {
  const sources = useSources([...new Set([...check.sources, ...check.claim.sources])]);
  const link = useClaimViewLink(check.claim.id, check.view);
  return (
    <li id={claimElementId('details', check.claim.id)} className={`claim claim--${check.verdict}`}>
      <p className="claim__text">
        <q>{check.claim.words}</q> <span className="claim__by">— {speakerName(check.claim)}, {whenText(check.claim)}</span>
      </p>
      <ClaimVerdict check={check} className="claim__verdict" />
      <ClaimAside check={check} />
      <p className="claim__links">
        <ViewLink href={link.href} onOpen={link.open}>
          Show its view ({check.view.year}, {check.view.scope === 'all' ? 'members and observers' : 'members'})
        </ViewLink>
      </p>
      <SourceRefs sources={sources} label="Sources" />
    </li>
  );
}

/** The claims panel is its own view: this link brings it into view (its heading takes the focus). */
function openClaimsView(event: MouseEvent<HTMLAnchorElement>) {
  if (!isPlainClick(event) || !document.getElementById('claims')) return;
  event.preventDefault();
  revealWhenDrawn('claims');
}

export function ClaimsList({ checks }: { checks: ClaimCheck[] }) {
  return (
    <section className="claims" aria-labelledby="claims-title-overview">
      <h4 id="claims-title-overview" className="details__subheading">
        Claims about the OTS, checked for their own scope and period
      </h4>
      <p className="claims__open">
        <a href="#claims" onClick={openClaimsView}>
          All claims, with who made them, as a table →
        </a>
      </p>
      <ul className="claims__list">
        {checks.map((check) => (
          <ClaimItem key={check.claim.id} check={check} />
        ))}
      </ul>
    </section>
  );
}
