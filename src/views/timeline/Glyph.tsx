import type { ReactElement } from 'react';
import type { OtsEvent } from '../../data/schema';

/** One shape per kind of event, so kinds differ by more than colour. */
const SHAPES: Record<OtsEvent['kind'], ReactElement> = {
  founding: <polygon points="10,1 12.6,7 19,7.4 14,11.6 15.6,18.4 10,14.7 4.4,18.4 6,11.6 1,7.4 7.4,7" />,
  'pre-council': <polygon points="10,1.5 17.4,5.75 17.4,14.25 10,18.5 2.6,14.25 2.6,5.75" />,
  ordinary: <circle cx="10" cy="10" r="8.6" />,
  informal: <polygon points="10,1.2 18.8,10 10,18.8 1.2,10" />,
  extraordinary: <rect x="2.2" y="2.2" width="15.6" height="15.6" rx="1.5" />,
  plan: <polygon points="3,1.8 18.6,10 3,18.2" />,
};

interface GlyphProps {
  kind: OtsEvent['kind'];
  /** Filled when the event took place; hollow and dashed when it is planned or proposed. */
  held: boolean;
  /** Ordinal of a numbered summit, drawn inside its circle. */
  number?: number | null;
}

/** The marker of an event's kind; decorative, as the event's name says what it is. */
export function Glyph({ kind, held, number }: GlyphProps) {
  return (
    <svg
      className={`tl-glyph tl-kind--${kind}${held ? '' : ' tl-glyph--hollow'}`}
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[kind]}
      {kind === 'ordinary' && number != null ? (
        <text x="10" y="10.5" textAnchor="middle" dominantBaseline="middle">
          {number}
        </text>
      ) : null}
    </svg>
  );
}

/** Marks an event hosted by the selected state. */
export function HostPin() {
  return (
    <svg className="tl-pin" viewBox="0 0 12 16" width="10" height="14" aria-hidden="true" focusable="false">
      <path d="M6 0.8a5 5 0 0 0-5 5c0 3.6 5 9.4 5 9.4s5-5.8 5-9.4a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z" />
    </svg>
  );
}
