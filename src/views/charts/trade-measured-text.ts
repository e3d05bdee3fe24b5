/** The words for the measured share, shared by its tooltip, table and CSV. */
import type { ShareYear } from '../../data/trade-share';
import { formatPercent } from '../../ui/format-chart';
import { NO_SHARE_TEXT } from './trade-text';

/** A share as the atlas writes it: two decimals at most ("4.83%"). */
export function sharePercent(value: number): string {
  return formatPercent(Number(value.toFixed(2)));
}

/** "4.83% from the states’ own reports; 4.83% from their partners’", or why there is none. */
export function measuredShareText(share: ShareYear): string {
  if (share.own == null) return `no share (${share.noShare ? NO_SHARE_TEXT[share.noShare] : 'no figure'})`;
  const mirror = share.mirror == null ? 'none' : sharePercent(share.mirror);
  return `${sharePercent(share.own)} of their trade was with each other (own reports; ${mirror} from partners’ reports)`;
}
