import type { HeldBriefing } from '../../state/briefing';

/**
 * Says, on the main page, that the user's saved briefing is not in use and why, without their having to open the
 * editor to find out; the editor shows its problems and offers its file.
 */
export function HeldBriefingNotice({ held, onOpen }: { held: HeldBriefing | null; onOpen: () => void }) {
  if (!held) return null;
  const why =
    held.kind === 'unreadable' ? 'Your saved briefing could not be read' : 'Your saved briefing names what the dataset in use does not have';
  return (
    <div className="notice-slot">
      <p className="notice" role="status">
        {why}. It is kept in this browser unchanged, and the shipped briefing is used meanwhile.{' '}
        <button type="button" className="button button--quiet" onClick={onOpen}>
          Open the briefing to export it or see why
        </button>
      </p>
    </div>
  );
}
