import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { scrollBehavior } from '../../ui/useReducedMotion';

const STEP: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

function eventIdOf(target: EventTarget | null): string | undefined {
  return target instanceof HTMLElement ? target.dataset.eventId : undefined;
}

/**
 * One Tab stop for a set of items marked `data-event-id`: the focused item, else the selected one, else the first.
 * Arrow keys move focus through `order`, Home and End jump to the ends; the item focused is scrolled into view.
 */
export function useRovingFocus(order: readonly string[], selectedId: string | null, reducedMotion: boolean) {
  const groupRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const known = (id: string | null) => (id != null && order.includes(id) ? id : null);
  const tabbableId = known(focusedId) ?? known(selectedId) ?? order[0] ?? null;

  const onFocus = useCallback((event: FocusEvent) => {
    const id = eventIdOf(event.target);
    if (id) setFocusedId(id);
  }, []);

  const onBlur = useCallback((event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && groupRef.current?.contains(event.relatedTarget))) setFocusedId(null);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const id = eventIdOf(event.target);
      const step = STEP[event.key];
      if (!id || !step || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const nextId = order[step(order.indexOf(id), order.length - 1)];
      const next = groupRef.current?.querySelector<HTMLElement>(`[data-event-id="${nextId}"]`);
      if (!next) return;
      next.focus({ preventScroll: true });
      next.scrollIntoView?.({ block: 'nearest', inline: 'nearest', behavior: scrollBehavior(reducedMotion) });
    },
    [order, reducedMotion],
  );

  return { groupRef, tabbableId, onFocus, onBlur, onKeyDown };
}
