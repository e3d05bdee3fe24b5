import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scope } from '../../data/derive';
import { useYear } from '../../state/hooks';
import { withoutHistoryEntry } from '../../state/url-sync';
import {
  useActions,
  useScope,
  useSelectedCorridorId,
  useSelectedEventId,
  useSelectedStateId,
} from '../../state/selectors';

/** How long each summit stays on screen while playing. */
export const PLAY_INTERVAL_MS = 2500;

export interface Stop {
  id: string;
  year: number;
  /** Position of the event in the timeline's date order. */
  order: number;
}

/** Where play starts: at the selected summit; after any other selected event, at the next summit; else the first. */
export function startIndex(stops: readonly Stop[], selectedOrder: number | null): number {
  if (selectedOrder == null) return 0;
  const index = stops.findIndex((s) => s.order >= selectedOrder);
  const atLast = index === stops.length - 1 && stops[index]?.order === selectedOrder;
  return index === -1 || atLast ? 0 : index;
}

interface Playing {
  index: number;
  scope: Scope;
}

/**
 * Steps through the stops, selecting each in turn, every PLAY_INTERVAL_MS. Stops at the last one, on any pointer or key
 * press outside the play button, and on any change to the view it did not make itself (a link, Back, another view).
 * Whether it plays is this view's own state, not the store's.
 */
export function usePlayer(stops: readonly Stop[], selectedOrder: number | null) {
  const eventId = useSelectedEventId();
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const year = useYear();
  const scope = useScope();
  const { eventSelected } = useActions();
  const [playing, setPlaying] = useState<Playing | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // The view must be the one the player made; anything else was someone else's doing, so the player stops.
  const stop = playing ? stops[playing.index] : undefined;
  const onTrack =
    stop != null && eventId === stop.id && year === stop.year && stateId == null && corridorId == null && scope === playing?.scope;
  if (playing && !onTrack) setPlaying(null);
  const isPlaying = playing != null && onTrack;

  useEffect(() => {
    if (!playing || !onTrack) return;
    const timer = window.setTimeout(() => {
      const index = playing.index + 1;
      const next = stops[index];
      if (!next) {
        setPlaying(null);
        return;
      }
      setPlaying(index < stops.length - 1 ? { index, scope: playing.scope } : null);
      // The player's steps replace the history entry: Back returns to where the user pressed Play.
      withoutHistoryEntry(() => eventSelected(next.id, next.year));
    }, PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, onTrack, stops, eventSelected]);

  useEffect(() => {
    if (!isPlaying) return;
    const onUserAction = (event: Event) => {
      const onButton = event.target instanceof Node && buttonRef.current?.contains(event.target);
      // The button's own click (pointer, Enter or Space) pauses through its click handler.
      const activates = event.type === 'pointerdown' || ['Enter', ' '].includes((event as KeyboardEvent).key);
      if (onButton && activates) return;
      setPlaying(null);
    };
    document.addEventListener('pointerdown', onUserAction, true);
    document.addEventListener('keydown', onUserAction, true);
    return () => {
      document.removeEventListener('pointerdown', onUserAction, true);
      document.removeEventListener('keydown', onUserAction, true);
    };
  }, [isPlaying]);

  const toggle = useCallback(() => {
    if (isPlaying) {
      setPlaying(null);
      return;
    }
    const index = startIndex(stops, selectedOrder);
    const first = stops[index];
    if (!first) return;
    setPlaying({ index, scope });
    eventSelected(first.id, first.year);
  }, [isPlaying, stops, selectedOrder, scope, eventSelected]);

  return { playing: isPlaying, step: isPlaying ? (playing?.index ?? 0) : null, toggle, buttonRef };
}
