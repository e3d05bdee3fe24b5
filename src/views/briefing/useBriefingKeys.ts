import { useEffect, useEffectEvent } from 'react';
import type { SlideSteps } from './useSlideSteps';

interface Extra {
  toggleFullscreen: () => void;
  toggleNotes: () => void;
}

/** Where a key belongs to the control that has focus, not to the briefing. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select, dialog[open]')) return true;
  // Space and Enter press a focused button or follow a link; arrows move within a map or a list that handles them.
  if ((key === ' ' || key === 'Enter') && target.closest('button, a, summary')) return true;
  return false;
}

/**
 * The presenter's keys: Right, Page Down and Space step on; Left, Page Up and Shift+Space step back; Home and End
 * jump; F toggles full screen; N shows or hides the note; Escape leaves briefing mode.
 */
export function useBriefingKeys(steps: SlideSteps, extra: Extra) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (ownsKeys(event.target, event.key)) return;
    const actions: Record<string, (() => void) | undefined> = {
      ArrowRight: steps.next,
      PageDown: steps.next,
      ' ': event.shiftKey ? steps.previous : steps.next,
      ArrowLeft: steps.previous,
      PageUp: steps.previous,
      Home: steps.first,
      End: steps.last,
      f: extra.toggleFullscreen,
      F: extra.toggleFullscreen,
      n: extra.toggleNotes,
      N: extra.toggleNotes,
      Escape: steps.leave,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
