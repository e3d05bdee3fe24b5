import { TitleField } from './TitleField';
import { PANELS, type PanelId, type Slide } from '../../data/briefing-schema';

export const PANEL_LABEL: Record<PanelId, string> = {
  map: 'Map',
  details: 'Details',
  gdp: 'GDP chart',
  trade: 'Trade chart',
  timeline: 'Timeline',
  claims: 'Claims',
};

interface SlideRowProps {
  slide: Slide;
  index: number;
  count: number;
  /** "Kazakhstan · 2025 · members only" */
  summary: string;
  onRetitle: (title: string) => void;
  onNote: (note: string) => void;
  onPanel: (panel: PanelId) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  onPresent: () => void;
}

/** One slide in the editor: its title, note and panel can be changed in place; it can move, go, or be presented. */
export function SlideRow({ slide, index, count, summary, onRetitle, onNote, onPanel, onMove, onDelete, onPresent }: SlideRowProps) {
  const n = index + 1;
  return (
    <li className="slide-row">
      <div className="slide-row__head">
        <span className="slide-row__number" aria-hidden="true">
          {n}
        </span>
        <TitleField value={slide.title} label={`Title of slide ${n}`} onCommit={onRetitle} />
        <label className="slide-row__panel">
          Panel
          <select value={slide.panel} onChange={(e) => onPanel(e.target.value as PanelId)} aria-label={`Panel put forward on slide ${n}`}>
            {PANELS.map((panel) => (
              <option key={panel} value={panel}>
                {PANEL_LABEL[panel]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="slide-row__summary">{summary}</p>
      <label className="slide-row__note">
        <span>Speaker note</span>
        <textarea value={slide.note} maxLength={800} rows={2} onChange={(e) => onNote(e.target.value)} aria-label={`Speaker note for slide ${n}`} />
      </label>
      <div className="slide-row__actions">
        <button type="button" className="button" onClick={onPresent} aria-label={`Present from slide ${n}`}>
          Present from here
        </button>
        <button type="button" className="button" onClick={() => onMove(index - 1)} disabled={index === 0} aria-label={`Move slide ${n} up`}>
          ↑ Up
        </button>
        <button type="button" className="button" onClick={() => onMove(index + 1)} disabled={index === count - 1} aria-label={`Move slide ${n} down`}>
          ↓ Down
        </button>
        <button type="button" className="button" onClick={onDelete} disabled={count === 1} aria-label={`Delete slide ${n}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
