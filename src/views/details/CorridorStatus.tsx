import type { Basis, CorridorYearStatus, PartState } from '../../data/corridor-status';
import { useDataset, useSources } from '../../state/hooks';
import { formatPartialDate } from '../../ui/format';
import { partReason, partStatusWord } from '../../ui/corridor-status-text';
import { SourceRefs } from '../../ui/SourceRefs';
import { CORRIDOR_STATUS_LABEL } from '../../ui/labels';
import type { Corridor } from '../../data/schema';

/** The milestone a part's status rests on (or waits for), whose sources are shown beside it. */
function milestoneOf(state: PartState) {
  if (state.kind === 'known') return state.basis.kind === 'milestone' ? state.basis.date : null;
  return state.next;
}

function Part({ name, state }: { name: string | null; state: PartState }) {
  const sources = useSources(milestoneOf(state)?.sources ?? []);
  return (
    <li>
      {name ? <strong>{name}: </strong> : null}
      {partStatusWord(state)}, {partReason(state)}.
      {sources.length > 0 ? <SourceRefs sources={sources} label="Source" /> : null}
    </li>
  );
}

const recorded = (basis: Basis | null) => basis?.kind === 'recorded';

/**
 * The corridor's status in the year, part by part, each with the milestone that set it and that milestone's sources;
 * then the status recorded when the dataset was compiled, which holds on its as-of date only.
 */
export function CorridorStatus({ corridor, status }: { corridor: Corridor; status: CorridorYearStatus }) {
  const dataset = useDataset();
  const several = status.parts.length > 1;
  const anyRecorded = status.parts.some((p) => p.state.kind === 'known' && recorded(p.state.basis));
  return (
    <section aria-labelledby="corridor-status-title">
      <h4 id="corridor-status-title" className="details__subheading">
        Status in {status.year}
      </h4>
      <ul className="history">
        {status.parts.map(({ stretch, state }) => (
          <Part key={stretch?.id ?? 'main'} name={several ? (stretch?.name ?? 'Main route') : null} state={state} />
        ))}
      </ul>
      <p className="figure__detail">
        Each part takes the stage of its latest dated milestone on or before {formatPartialDate(status.day)}; before a
        milestone that only reports a stage, its status is undated.
        {anyRecorded ? null : ` Recorded when the dataset was compiled (data as of ${formatPartialDate(dataset.asOf)}): ${CORRIDOR_STATUS_LABEL[corridor.status].toLowerCase()}${corridor.statusNote ? ` (${corridor.statusNote})` : ''}.`}
      </p>
    </section>
  );
}
