import type { Slide } from '../../data/briefing-schema';
import { useSources } from '../../state/hooks';
import { SourceRefs } from '../../ui/SourceRefs';

/** Under the slide: its note (which the presenter can hide) and the sources it names, always. */
export function SlideCaption({ slide, notesShown }: { slide: Slide; notesShown: boolean }) {
  const sources = useSources(slide.sources);
  return (
    <footer className="slide-caption" aria-label="Slide note and sources">
      <p className="slide-caption__note" hidden={!notesShown || slide.note === ''}>
        {slide.note}
      </p>
      <SourceRefs sources={sources} label="Slide sources" />
    </footer>
  );
}
