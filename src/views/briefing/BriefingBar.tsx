import './briefing.css';
import type { Briefing } from '../../data/briefing-schema';
import type { SlideSteps } from './useSlideSteps';

interface BriefingBarProps {
  briefing: Briefing;
  steps: SlideSteps;
  notesShown: boolean;
  onToggleNotes: () => void;
  fullscreen: { active: boolean; available: boolean; toggle: () => void };
}

/** The slide's title, where the presenter is (N of M), and the presenter's controls, each with its key. */
export function BriefingBar({ briefing, steps, notesShown, onToggleNotes, fullscreen }: BriefingBarProps) {
  const slide = briefing.slides[steps.current - 1];
  return (
    <header className="briefing-bar">
      <div className="briefing-bar__titles">
        <p className="briefing-bar__briefing">{briefing.title}</p>
        <h1 className="briefing-bar__title" id="slide-title">
          {slide?.title ?? 'No such slide'}
        </h1>
      </div>
      <div className="briefing-bar__progress">
        <p className="briefing-bar__count" aria-live="polite">
          Slide <strong>{steps.current}</strong> of {steps.count}
        </p>
        <progress max={steps.count} value={steps.current} aria-label={`Slide ${steps.current} of ${steps.count}`} />
      </div>
      <nav className="briefing-bar__controls" aria-label="Briefing controls">
        <button type="button" className="button" onClick={steps.previous} disabled={steps.current <= 1} aria-keyshortcuts="ArrowLeft PageUp">
          ‹ Previous
        </button>
        <button type="button" className="button" onClick={steps.next} disabled={steps.current >= steps.count} aria-keyshortcuts="ArrowRight PageDown Space">
          Next ›
        </button>
        <button type="button" className="button" onClick={onToggleNotes} aria-pressed={notesShown} aria-keyshortcuts="N">
          Note
        </button>
        {fullscreen.available ? (
          <button type="button" className="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active} aria-keyshortcuts="F">
            Full screen
          </button>
        ) : null}
        <button type="button" className="button" onClick={steps.leave} aria-keyshortcuts="Escape">
          Leave briefing
        </button>
      </nav>
    </header>
  );
}
