/** Editing a briefing's slides: plain functions, free of the validator so the app's first screen does not load it. */
import type { Slide } from './briefing-schema';

export function moveSlide(slides: readonly Slide[], from: number, to: number): Slide[] {
  if (from === to || from < 0 || to < 0 || from >= slides.length || to >= slides.length) return [...slides];
  const next = [...slides];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
