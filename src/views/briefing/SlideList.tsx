import type { Briefing } from '../../data/briefing-schema';
import { useBriefingActions } from '../../state/briefing-store';
import { knownValues, useDataset } from '../../state/hooks';
import { describeView } from './slide-from-view';
import { SlideRow } from './SlideRow';

/** The slides in order, each editable in place. */
export function SlideList({ briefing, onPresent }: { briefing: Briefing; onPresent: (index: number) => void }) {
  const dataset = useDataset();
  const defaultYear = knownValues(dataset).defaultYear;
  const actions = useBriefingActions();
  const count = briefing.slides.length;
  return (
    <ol className="slide-list" aria-label={`Slides (${count})`}>
      {briefing.slides.map((slide, index) => (
        <SlideRow
          key={slide.id}
          slide={slide}
          index={index}
          count={count}
          summary={describeView(slide.view, dataset, defaultYear)}
          onRetitle={(title) => actions.slideRetitled(briefing, index, title)}
          onNote={(note) => actions.slideNoteChanged(briefing, index, note)}
          onPanel={(panel) => actions.slidePanelChanged(briefing, index, panel)}
          onMove={(to) => actions.slideMoved(briefing, index, to)}
          onDelete={() => actions.slideDeleted(briefing, index)}
          onPresent={() => onPresent(index)}
        />
      ))}
    </ol>
  );
}
