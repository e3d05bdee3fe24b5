import { useState } from 'react';
import type { Dataset } from '../data/schema';
import { useLoadedDataset } from '../state/dataset-context';
import { useSelectedCorridorId, useSelectedEventId, useSelectedStateId } from '../state/selectors';
import { eventLabel } from '../ui/labels';
import { ViewFrame, type ViewSlot } from './views';

const SHEET_ID = 'details-sheet';

/** What the details show: the selection's name, or the overview. */
function subject(dataset: Dataset | undefined, ids: { state: string | null; corridor: string | null; event: string | null }): string {
  const event = dataset?.events.find((e) => e.id === ids.event);
  const named = dataset?.entities.find((e) => e.id === ids.state)?.name ?? dataset?.corridors.find((c) => c.id === ids.corridor)?.name;
  return event ? eventLabel(event) : (named ?? 'overview');
}

/**
 * The details panel in its place. On a phone it is a sheet over the foot of the screen, under the map: a bar naming
 * what the details are about, which opens the sheet (its own scroll) and closes it again; selecting something on the
 * map or anywhere else opens it, so that the details of what was tapped are on screen at once. On a larger screen it
 * is an ordinary panel and the bar is not shown (styles.css).
 */
export function DetailsSlot({ view }: { view: ViewSlot }) {
  const dataset = useLoadedDataset();
  const ids = { state: useSelectedStateId(), corridor: useSelectedCorridorId(), event: useSelectedEventId() };
  const selection = ids.event ?? ids.corridor ?? ids.state;
  // A new selection opens the sheet; clearing one leaves it as it is (the overview then shows in it).
  const [sheet, setSheet] = useState({ open: false, for: selection });
  if (sheet.for !== selection) setSheet({ open: selection != null || sheet.open, for: selection });
  const open = sheet.open;
  const toggle = () => setSheet((s) => ({ ...s, open: !s.open }));
  const handle = (
    <button type="button" className="sheet-handle" aria-expanded={open} aria-controls={SHEET_ID} onClick={toggle}>
      <span className="sheet-handle__grip" aria-hidden="true" />
      <span className="sheet-handle__label">{open ? 'Hide details' : `Details: ${subject(dataset, ids)}`}</span>
      <span aria-hidden="true">{open ? '▾' : '▴'}</span>
    </button>
  );
  return (
    <ViewFrame
      view={view}
      id={SHEET_ID}
      className={`layout__slot layout__slot--details${open ? ' is-open' : ''}`}
      before={handle}
      whenSeen
    />
  );
}
