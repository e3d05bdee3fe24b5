import type { OtsEvent } from '../../data/schema';
import { EVENT_KIND_LABEL } from '../../ui/labels';
import { Glyph, HostPin } from './Glyph';

const KIND_LABEL: Record<OtsEvent['kind'], string> = { ...EVENT_KIND_LABEL, ordinary: 'Numbered summit', plan: 'Plan or milestone' };

interface LegendProps {
  kinds: readonly OtsEvent['kind'][];
  /** Name of the selected state, whose summits are marked. */
  hostName: string | null;
}

/** The key: a shape per kind, what is not yet held, membership badges and, with a state selected, its summits. */
export function Legend({ kinds, hostName }: LegendProps) {
  return (
    <ul className="tl-legend" aria-label="Key" data-export="legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <Glyph kind={kind} held={kind !== 'plan'} />
          {KIND_LABEL[kind]}
        </li>
      ))}
      <li>
        <span className="tl-legend__sample tl-legend__sample--not-held" aria-hidden="true" />
        Not yet held: planned, unconfirmed or proposed, as of the latest source’s date
      </li>
      <li>
        <span className="tl-tag tl-tag--status tl-tag--no-report">No report that it was held</span>
        Its date has passed by the dataset’s as-of date with no source saying it was held
      </li>
      <li>
        <span className="tl-tag tl-tag--member">Joins</span>
        <span className="tl-tag tl-tag--observer">Observer</span>
        Membership change
      </li>
      {hostName ? (
        <li className="tl-legend__host">
          <span className="tl-legend__sample tl-legend__sample--hosted" aria-hidden="true">
            <HostPin />
          </span>
          Hosted by {hostName}
        </li>
      ) : null}
    </ul>
  );
}
