import { useMemo } from 'react';
import type { Slide } from '../../data/briefing-schema';
import { useActions, useSlide } from '../../state/selectors';
import { knownValues } from '../../state/hooks';
import { useLoadedDataset } from '../../state/dataset-context';
import { withEventYear } from '../../state/url-state';

export interface SlideSteps {
  /** The slide shown, 1-based. */
  current: number;
  count: number;
  go: (slide: number) => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

/** Moving through the slides: each step shows the slide's saved view (one history entry per step). */
export function useSlideSteps(slides: readonly Slide[]): SlideSteps {
  const slide = useSlide() ?? 1;
  const { slideShown, briefingLeft } = useActions();
  // Briefing mode's bar and keys work while the dataset still loads: a step then keeps the slide's view as saved.
  const dataset = useLoadedDataset();
  return useMemo(() => {
    const known = dataset ? knownValues(dataset) : null;
    const count = slides.length;
    const go = (n: number) => {
      const target = Math.min(Math.max(n, 1), count);
      const saved = slides[target - 1];
      if (saved && target !== slide) slideShown(target, known ? withEventYear({ ...saved.view }, known) : { ...saved.view });
    };
    return {
      current: slide,
      count,
      go,
      next: () => go(slide + 1),
      previous: () => go(slide - 1),
      first: () => go(1),
      last: () => go(count),
      leave: briefingLeft,
    };
  }, [slides, slide, slideShown, briefingLeft, dataset]);
}
