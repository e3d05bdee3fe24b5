/**
 * The timeline's text and layout for one dataset, built once per dataset: selection and hover change only classes and
 * attributes, never this.
 */
import { EVENT_KINDS } from '../../data/kinds';
import type { Dataset, OtsEvent } from '../../data/schema';
import { heldSummits, layoutTimeline, type PlacedEvent, type TimelineLayout } from '../../data/timeline';
import {
  membershipBadges,
  namesOf,
  shortDate,
  shortLabel,
  statusText,
  timelineEventName,
  type Badge,
  type NameOf,
} from './eventText';

export interface EventModel {
  id: string;
  year: number;
  /** Position in date order. */
  order: number;
  placed: PlacedEvent;
  /** Accessible name. */
  name: string;
  /** Visible label, date and status (null when held). */
  label: string;
  date: string;
  status: string | null;
  badges: Badge[];
}

export interface TimelineModel {
  layout: TimelineLayout;
  events: EventModel[];
  byId: ReadonlyMap<string, EventModel>;
  /** Event ids in date order: the order arrow keys follow. */
  order: string[];
  /** The held summits in date order: the stops of "Play summits". */
  stops: EventModel[];
  /** The kinds of event in the dataset, for the legend. */
  kinds: OtsEvent['kind'][];
  nameOf: NameOf;
}

/**
 * Label sizes in px, matching timeline.css: a row is at least `ROW_WIDTH` px wide wherever rows are drawn to scale
 * (narrower containers list the events instead), so a label measured against it fits on any wider row.
 */
export const GEOMETRY = { rowWidth: 680, inset: 12, gap: 8 } as const;
const CHAR_PX = { label: 8.6, small: 7.2 } as const;
const GLYPH_PX = 18;
const CARD_PADDING_PX = 16;
const ITEM_GAP_PX = 6;
const TAG_PADDING_PX = 14;
/** The pin that marks a summit hosted by the selected state, and its gap; room is kept for it on every hosted event. */
const HOST_MARK_PX = 16;

function textWidth(event: OtsEvent, nameOf: NameOf, asOf: string): number {
  const label = shortLabel(event, nameOf).length * CHAR_PX.label;
  const date = shortDate(event).length * CHAR_PX.small;
  const status = statusText(event, asOf);
  const tags = [...membershipBadges(event, nameOf).map((b) => b.text), ...(status ? [status] : [])];
  const tagWidth = tags.reduce((sum, t) => sum + t.length * CHAR_PX.small + TAG_PADDING_PX + ITEM_GAP_PX, 0);
  const hostMark = event.hostId != null ? HOST_MARK_PX : 0;
  return CARD_PADDING_PX + GLYPH_PX + ITEM_GAP_PX + hostMark + label + ITEM_GAP_PX + date + tagWidth;
}

export function buildTimelineModel(dataset: Dataset): TimelineModel {
  const nameOf = namesOf(dataset);
  const layout = layoutTimeline(dataset.events, { ...GEOMETRY, width: (event) => textWidth(event, nameOf, dataset.asOf) });
  const events = layout.events.map(
    (placed): EventModel => ({
      id: placed.event.id,
      year: placed.year,
      order: placed.order,
      placed,
      name: timelineEventName(placed.event, dataset.asOf),
      label: shortLabel(placed.event, nameOf),
      date: shortDate(placed.event),
      status: statusText(placed.event, dataset.asOf),
      badges: membershipBadges(placed.event, nameOf),
    }),
  );
  const byId = new Map(events.map((e) => [e.id, e]));
  const stops = heldSummits(layout).flatMap((p) => byId.get(p.event.id) ?? []);
  const kinds = EVENT_KINDS.filter((kind) => dataset.events.some((e) => e.kind === kind));
  return { layout, events, byId, order: events.map((e) => e.id), stops, kinds, nameOf };
}
