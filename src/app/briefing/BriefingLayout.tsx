import { useEffect, useRef, useState, type RefObject } from 'react';
import type { BriefingInUse } from '../../state/briefing';
import { useLoadedDataset } from '../../state/dataset-context';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ReadyTracker } from '../../ui/ready';
import { useFullscreen } from '../../ui/useFullscreen';
import { BriefingBar } from '../../views/briefing/BriefingBar';
import { SlideCaption } from '../../views/briefing/SlideCaption';
import { useBriefingKeys } from '../../views/briefing/useBriefingKeys';
import { useSlideSteps } from '../../views/briefing/useSlideSteps';
import { DatasetGate } from '../dataset/DatasetGate';
import { VIEW_BY_ID, ViewFrame } from '../views';

const NO_SLIDES: never[] = [];

/**
 * Briefing mode, made for a projector: the slide's title and progress, the panel the slide puts forward, the details
 * beside it, and the slide's note and sources. Every region has a fixed place, so nothing jumps between slides.
 */
export function BriefingLayout({ inUse }: { inUse: BriefingInUse }) {
  const [notesShown, setNotesShown] = useState(true);
  const fullscreen = useFullscreen();
  const datasetLoaded = useLoadedDataset() !== undefined;
  const briefing = inUse.briefing;
  const steps = useSlideSteps(briefing?.slides ?? NO_SLIDES);
  useBriefingKeys(steps, { toggleFullscreen: fullscreen.toggle, toggleNotes: () => setNotesShown((shown) => !shown) });
  const stage = useRef<HTMLElement>(null);
  useSelectedInView(stage, steps.current);

  if (!briefing) {
    return (
      <div className="app app--briefing">
        <main id="main" className="briefing-stage briefing-stage--waiting">
          {inUse.status === 'error' ? (
            <ErrorState title="The briefing could not be loaded" summary={inUse.error?.message ?? 'Unknown error'} onRetry={inUse.retry} />
          ) : (
            <LoadingState label="Loading the briefing…" />
          )}
          <button type="button" className="button" onClick={steps.leave}>
            Leave briefing
          </button>
        </main>
      </div>
    );
  }

  const slide = briefing.slides[steps.current - 1] ?? briefing.slides[0];
  const main = VIEW_BY_ID.get(slide?.panel ?? 'map');
  const side = VIEW_BY_ID.get(slide?.panel === 'details' ? 'map' : 'details');
  return (
    <div className="app app--briefing">
      <BriefingBar briefing={briefing} steps={steps} notesShown={notesShown} onToggleNotes={() => setNotesShown((s) => !s)} fullscreen={fullscreen} />
      <main id="main" ref={stage} className="briefing-stage" aria-labelledby="slide-title">
        <DatasetGate>
          {main && side ? (
            <ReadyTracker views={[main.id, side.id]}>
              <ViewFrame key={main.id} view={main} className="briefing-stage__main" />
              <ViewFrame key={side.id} view={side} className="briefing-stage__side" />
            </ReadyTracker>
          ) : null}
        </DatasetGate>
      </main>
      {slide && datasetLoaded ? <SlideCaption slide={slide} notesShown={notesShown} /> : null}
    </div>
  );
}

/** On each slide, brings what the slide selects (a timeline event, say) into view, since no one scrolls a projector. */
function useSelectedInView(stage: RefObject<HTMLElement | null>, slide: number) {
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const reveal = () => {
      const main = stage.current?.querySelector('.briefing-stage__main');
      const selected = main?.querySelector('[aria-current="true"]');
      if (main && selected) {
        // Scroll the panel's own box only: the page itself never scrolls in briefing mode.
        const box = main.getBoundingClientRect();
        const target = selected.getBoundingClientRect();
        main.scrollTop += target.top + target.height / 2 - (box.top + box.height / 2);
      } else if (++tries < 60) frame = requestAnimationFrame(reveal);
    };
    frame = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(frame);
  }, [stage, slide]);
}
