import type { CorridorYearStatus } from '../../data/corridor-status';
import { firstDay } from '../../data/corridor-status';
import type { Corridor, CorridorDate } from '../../data/schema';
import { formatPartialDate } from '../../ui/format';
import { NOT_YET } from '../../ui/corridor-status-text';

const KIND_TEXT: Record<CorridorDate['kind'], (d: CorridorDate) => string | null> = {
  start: (d) => (d.stage ? `starts: ${NOT_YET[d.stage].replace(/^Not yet /, '')}` : null),
  report: (d) => (d.stage ? `reports: ${NOT_YET[d.stage].replace(/^Not yet /, '')}` : null),
  target: () => 'target, sets no status',
  other: () => null,
};

/** Every dated fact about the corridor, marking those after the year and the ones that set its status that year. */
export function CorridorMilestones({ corridor, status }: { corridor: Corridor; status: CorridorYearStatus }) {
  if (corridor.dates.length === 0) return <p className="missing">No dates recorded</p>;
  const setting = new Set(status.parts.flatMap((p) => (p.state.kind === 'known' && p.state.basis.kind === 'milestone' ? [p.state.basis.date] : [])));
  const stretchName = new Map(corridor.stretches.map((s) => [s.id, s.name]));
  return (
    <ul className="history milestones">
      {corridor.dates.map((d, i) => {
        const later = firstDay(d.date) > status.day;
        const tags = [d.stretch ? stretchName.get(d.stretch) : null, KIND_TEXT[d.kind](d), later ? `after ${status.year}` : null].filter(Boolean);
        return (
          <li key={`${d.label}-${i}`} className={later ? 'milestone is-later' : 'milestone'}>
            <time dateTime={d.date}>{formatPartialDate(d.date)}</time>: {d.label}
            {setting.has(d) ? <strong className="milestone__sets"> · sets the status in {status.year}</strong> : null}
            {tags.length > 0 ? <span className="figure__detail">{tags.join(' · ')}</span> : null}
            {d.note ? <span className="figure__detail">{d.note}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
