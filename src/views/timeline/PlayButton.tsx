import type { CSSProperties, RefObject } from 'react';
import { PLAY_INTERVAL_MS } from './usePlayer';

const progressStyle = { '--interval': `${PLAY_INTERVAL_MS}ms` } as CSSProperties;

interface PlayButtonProps {
  playing: boolean;
  /** Which stop is showing; restarts the progress bar at each. */
  step: number | null;
  disabled: boolean;
  onToggle: () => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** Said by screen readers as play moves on: the summit now showing. */
  announcement: string;
}

export function PlayButton({ playing, step, disabled, onToggle, buttonRef, announcement }: PlayButtonProps) {
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`button tl-play${playing ? ' is-playing' : ''}`}
        disabled={disabled}
        onClick={onToggle}
      >
        <span className="tl-play__icon" aria-hidden="true">
          {playing ? '❚❚' : '▶'}
        </span>
        {playing ? 'Pause' : 'Play summits'}
        {playing ? <span key={step} className="tl-play__progress" style={progressStyle} aria-hidden="true" /> : null}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
