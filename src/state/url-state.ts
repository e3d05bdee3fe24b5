/**
 * The URL table: each query parameter, its codec and its default. Only non-default values are written;
 * an invalid value is dropped with a reason and the rest of the link still applies.
 *
 * | parameter | value                    | default                                   |
 * |-----------|--------------------------|-------------------------------------------|
 * | state     | ISO alpha-3 id, e.g. KAZ | none                                      |
 * | corridor  | corridor slug            | none                                      |
 * | event     | event slug               | none                                      |
 * | year      | four-digit year          | the dataset's latest complete year        |
 * | scope     | members or all           | members                                   |
 * | slide     | slide number, from 1     | none: not in briefing mode                |
 * | embed     | map, gdp, trade, timeline| none: the whole atlas                     |
 *
 * `slide` opens briefing mode at that slide; the slide's saved view then wins over the view parameters.
 * `embed` is how the page is shown, not part of the user's view: it is kept as it is when the view changes.
 */
import { DEFAULT_VIEW, type View } from './store';
import { SCOPES, type Scope } from '../data/derive';
import { EMBED_PANELS, EMBED_PARAM, isEmbedPanel, type EmbedPanel } from '../ui/export/embed';

export interface Dropped {
  param: string;
  /** The value as the link had it (whole: what shows it shortens it). */
  value: string;
  reason: string;
}

export interface ParsedView {
  view: View;
  /** The briefing slide to show (1-based), or null outside briefing mode. Its range is checked against the briefing. */
  slide: number | null;
  dropped: Dropped[];
  /** The one panel to show on its own, or null for the whole atlas. */
  embed: EmbedPanel | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a link may name; unknown ids are dropped against it once the dataset is loaded. */
export interface KnownValues {
  stateIds: ReadonlySet<string>;
  corridorIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  /** Year of each event, so a linked event brings its year. */
  eventYears: ReadonlyMap<string, number>;
  years: { min: number; max: number };
  defaultYear: number;
}

type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

const decoders = {
  state: (raw: string): Decoded<string> => {
    const id = raw.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(id) ? { ok: true, value: id } : { ok: false, reason: 'not a three-letter state code' };
  },
  corridor: (raw: string): Decoded<string> =>
    SLUG.test(raw) ? { ok: true, value: raw } : { ok: false, reason: 'not a corridor id' },
  event: (raw: string): Decoded<string> => (SLUG.test(raw) ? { ok: true, value: raw } : { ok: false, reason: 'not an event id' }),
  year: (raw: string): Decoded<number> =>
    /^\d{4}$/.test(raw.trim()) ? { ok: true, value: Number(raw.trim()) } : { ok: false, reason: 'not a four-digit year' },
  slide: (raw: string): Decoded<number> =>
    /^[1-9]\d{0,2}$/.test(raw.trim()) ? { ok: true, value: Number(raw.trim()) } : { ok: false, reason: 'not a slide number' },
  scope: (raw: string): Decoded<Scope> =>
    (SCOPES as readonly string[]).includes(raw) ? { ok: true, value: raw as Scope } : { ok: false, reason: 'expected "members" or "all"' },
};

export const VIEW_PARAMS = ['state', 'corridor', 'event', 'year', 'scope'] as const;
/** Every parameter the atlas owns and rewrites. */
const OWN_PARAMS = [...VIEW_PARAMS, 'slide'] as const;
/** Every parameter the atlas reads; any other in a link is reported and left out of what the atlas writes. */
const KNOWN_PARAMS: ReadonlySet<string> = new Set<string>([...OWN_PARAMS, EMBED_PARAM]);

function decodeEmbed(raw: string | null): Decoded<EmbedPanel> | null {
  if (raw == null || raw === '') return null;
  return isEmbedPanel(raw) ? { ok: true, value: raw } : { ok: false, reason: `expected one of ${EMBED_PANELS.join(', ')}` };
}

/**
 * A view that names an event shows the event's year: the year an event selection holds is always its own (so that
 * choosing another year can tell that it disagrees). For views that arrive whole: links, history, saved slides.
 */
export function withEventYear(view: View, known: Pick<KnownValues, 'eventYears'>): View {
  if (view.eventId == null) return view;
  const eventYear = known.eventYears.get(view.eventId);
  return eventYear == null || eventYear === view.year ? view : { ...view, year: eventYear };
}

/** Reads a query string into a view, checking syntax only (and ids and years too when `known` is given). */
export function parseSearch(search: string, known?: KnownValues): ParsedView {
  const params = new URLSearchParams(search);
  const view: View = { ...DEFAULT_VIEW };
  const dropped: Dropped[] = [];
  const take = <T>(param: (typeof OWN_PARAMS)[number], decode: (raw: string) => Decoded<T>, check?: (v: T) => string | null): T | null => {
    // The first value counts; a repeated parameter's other values are reported, not silently lost.
    const [raw, ...repeated] = params.getAll(param).filter((value) => value !== '');
    // Reported once, however often it is repeated (a link may repeat it ten thousand times).
    if (repeated.length > 0) dropped.push({ param, value: repeated[0]!, reason: repeatedReason(repeated.length) });
    if (raw == null) return null;
    const decoded = decode(raw);
    if (!decoded.ok) {
      dropped.push({ param, value: raw, reason: decoded.reason });
      return null;
    }
    const problem = check?.(decoded.value) ?? null;
    if (problem) {
      dropped.push({ param, value: raw, reason: problem });
      return null;
    }
    return decoded.value;
  };

  const stateId = take('state', decoders.state, (id) => (known && !known.stateIds.has(id) ? 'no such state in the dataset' : null));
  const corridorId = take('corridor', decoders.corridor, (id) => (known && !known.corridorIds.has(id) ? 'no such corridor in the dataset' : null));
  const eventId = take('event', decoders.event, (id) => (known && !known.eventIds.has(id) ? 'no such event in the dataset' : null));
  const year = take('year', decoders.year, (y) =>
    known && (y < known.years.min || y > known.years.max) ? `outside ${known.years.min}–${known.years.max}` : null,
  );
  const scope = take('scope', decoders.scope);
  const slide = take('slide', decoders.slide);

  // One selection at a time: the most specific wins (event, then corridor, then state).
  const chosen = eventId != null ? 'event' : corridorId != null ? 'corridor' : stateId != null ? 'state' : null;
  for (const [param, value] of [['state', stateId], ['corridor', corridorId], ['event', eventId]] as const) {
    if (value != null && param !== chosen) dropped.push({ param, value, reason: `only one selection at a time; ${chosen} was kept` });
  }
  if (chosen === 'event') view.eventId = eventId;
  if (chosen === 'corridor') view.corridorId = corridorId;
  if (chosen === 'state') view.stateId = stateId;
  view.year = year;
  if (view.eventId != null && known) {
    // An event brings its year; a year in the link that disagrees with it is dropped (the event is kept).
    const eventYear = known.eventYears.get(view.eventId) ?? null;
    if (eventYear != null && year != null && year !== eventYear) {
      dropped.push({ param: 'year', value: String(year), reason: `the event is in ${eventYear}` });
    }
    view.year = eventYear ?? year;
  }
  // The default year is written as no year, except with an event, whose year is always held (see withEventYear).
  if (known && view.year === known.defaultYear && view.eventId == null) view.year = null;
  if (scope != null) view.scope = scope;
  const embed = decodeEmbed(params.get(EMBED_PARAM));
  if (embed && !embed.ok) dropped.push({ param: EMBED_PARAM, value: params.get(EMBED_PARAM) ?? '', reason: embed.reason });
  dropped.push(...unknownParams(params));
  return { view, slide, dropped, embed: embed?.ok ? embed.value : null };
}

export const UNKNOWN_PARAM_REASON = 'not a parameter of the atlas';

function repeatedReason(more: number): string {
  return more === 1 ? 'repeated; the first value was used' : `repeated ${more} more times; the first value was used`;
}

/** Parameters the atlas does not read, each reported once with its first value (most links carry none). */
function unknownParams(params: URLSearchParams): Dropped[] {
  const seen = new Map<string, Dropped>();
  for (const [name, value] of params) {
    if (KNOWN_PARAMS.has(name) || seen.has(name)) continue;
    seen.set(name, { param: name, value, reason: UNKNOWN_PARAM_REASON });
  }
  return [...seen.values()];
}

/**
 * Writes a view into a query string. Of the current link only a valid `embed` is kept (how the page is shown, not the
 * view): a parameter the atlas does not read is left out of the address, Copy link and the embed code, whatever it
 * held. Returns the search part including "?" or "" when nothing remains.
 */
export function formatSearch(view: View, currentSearch: string, defaultYear: number | null, slide: number | null = null): string {
  const current = new URLSearchParams(currentSearch);
  const params = new URLSearchParams();
  // A valid embed stays where it is; an invalid one goes, like any value the atlas cannot use.
  const embed = current.get(EMBED_PARAM);
  if (embed != null && decodeEmbed(embed)?.ok) params.set(EMBED_PARAM, embed);
  if (slide != null) params.set('slide', String(slide));
  if (view.stateId) params.set('state', view.stateId);
  if (view.corridorId) params.set('corridor', view.corridorId);
  if (view.eventId) params.set('event', view.eventId);
  if (view.year != null && view.year !== defaultYear) params.set('year', String(view.year));
  if (view.scope !== DEFAULT_VIEW.scope) params.set('scope', view.scope);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameView(a: View, b: View, defaultYear: number | null): boolean {
  const year = (v: View) => (v.year === defaultYear ? null : v.year);
  return (
    a.stateId === b.stateId &&
    a.corridorId === b.corridorId &&
    a.eventId === b.eventId &&
    year(a) === year(b) &&
    a.scope === b.scope
  );
}
