import type { ClaimCheck } from '../../data/claims';
import { useClaimViewLink } from '../../state/hooks';
import { SCOPE_LABEL } from '../../ui/claim-text';
import { ViewLink } from '../../ui/ViewLink';

/** "Open its view: 2024, members and observers" — the atlas at the claim's own year and set of states. */
export function ClaimLink({ check }: { check: ClaimCheck }) {
  const { href, open } = useClaimViewLink(check.claim.id, check.view);
  return (
    <ViewLink href={href} onOpen={open} className="claim-view-link">
      Open its view: {check.view.year}, {SCOPE_LABEL[check.view.scope].toLowerCase()}
      {check.view.panel === 'trade' ? ', trade panel' : ''}
    </ViewLink>
  );
}
