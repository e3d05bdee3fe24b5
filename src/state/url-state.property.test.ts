// @vitest-environment node
/**
 * Hostile links: any query string gives a valid view (known ids or none, a year in range or none, a valid scope, one
 * selection at most), and every value the link carried is either applied or reported as dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../data/derive';
import { loadBundledDataset } from '../test/render';
import { knownValues } from './hooks';
import type { View } from './store';
import { formatSearch, parseSearch, UNKNOWN_PARAM_REASON, VIEW_PARAMS, type Dropped, type KnownValues } from './url-state';

const known = knownValues(loadBundledDataset());

/** Why a view is not one the atlas can show, or null when it is. */
function invalid(view: View, k: KnownValues): string | null {
  if (view.stateId != null && !k.stateIds.has(view.stateId)) return `unknown state ${view.stateId}`;
  if (view.corridorId != null && !k.corridorIds.has(view.corridorId)) return `unknown corridor ${view.corridorId}`;
  if (view.eventId != null && !k.eventIds.has(view.eventId)) return `unknown event ${view.eventId}`;
  if ([view.stateId, view.corridorId, view.eventId].filter((id) => id != null).length > 1) return 'more than one selection';
  if (view.year != null) {
    if (!Number.isInteger(view.year) || view.year < k.years.min || view.year > k.years.max) return `year ${view.year} out of range`;
    if (view.year === k.defaultYear && view.eventId == null) return 'the default year is written out';
  }
  if (view.eventId != null) {
    // An event is always held with its own year, so that a year chosen later can tell that it disagrees.
    const eventYear = k.eventYears.get(view.eventId);
    if (view.year !== eventYear) return `event ${view.eventId} shown in ${view.year}, not ${eventYear}`;
  }
  if (!SCOPES.includes(view.scope)) return `scope ${String(view.scope)}`;
  return null;
}

/** Whether the view took a parameter's (first) value from the link. */
function applied(param: (typeof VIEW_PARAMS)[number], raw: string, view: View, k: KnownValues): boolean {
  switch (param) {
    case 'state':
      return view.stateId === raw.trim().toUpperCase();
    case 'corridor':
      return view.corridorId === raw;
    case 'event':
      return view.eventId === raw;
    case 'year':
      return /^\d{4}$/.test(raw.trim()) && (view.year ?? k.defaultYear) === Number(raw.trim());
    case 'scope':
      return view.scope === raw;
  }
}

/** Parameters the atlas reads: its own, and `embed` (how the page is shown). */
const READ = new Set<string>([...VIEW_PARAMS, 'slide', 'embed']);

/**
 * Each value of each parameter the atlas owns is applied, or dropped with a reason; never both, never neither. A
 * repeated parameter is reported once, whatever the count; a parameter the atlas does not read is reported once.
 */
function unaccounted(search: string, view: View, dropped: Dropped[], k: KnownValues): string[] {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  for (const param of VIEW_PARAMS) {
    const [first, ...repeated] = params.getAll(param).filter((v) => v !== '');
    const reports = dropped.filter((d) => d.param === param);
    const repeatReports = reports.filter((d) => d.reason.startsWith('repeated'));
    const expectedRepeats = repeated.length > 0 ? [repeated[0]] : [];
    if (JSON.stringify(repeatReports.map((d) => d.value)) !== JSON.stringify(expectedRepeats)) {
      problems.push(`${param}: repeated values ${JSON.stringify(repeated)} reported as ${JSON.stringify(repeatReports)}`);
    }
    if (first === undefined) {
      if (reports.length > repeatReports.length) problems.push(`${param} reported but not in the link`);
      continue;
    }
    const isApplied = applied(param, first, view, k);
    const isReported = reports.length > repeatReports.length;
    if (isApplied && isReported) problems.push(`${param}=${first} both applied and dropped`);
    if (!isApplied && !isReported) problems.push(`${param}=${first} neither applied nor reported`);
  }
  const unknown = new Set([...params.keys()].filter((name) => !READ.has(name)));
  for (const name of unknown) {
    const reports = dropped.filter((d) => d.param === name);
    if (reports.length !== 1 || reports[0]?.reason !== UNKNOWN_PARAM_REASON) problems.push(`unknown parameter ${name} reported ${reports.length} times`);
  }
  for (const d of dropped) {
    if (!READ.has(d.param) && !unknown.has(d.param)) problems.push(`reported a parameter the link does not have: ${d.param}`);
    if (d.reason.trim() === '') problems.push(`no reason for dropping ${d.param}`);
  }
  return problems;
}

const pick = <T,>(set: Iterable<T>) => fc.constantFrom(...set);
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('<script>', '"><img src=x>', '%', '%E0%A4%A', '+', '&', '=', '#', ' ', '\u0000', 'null', 'undefined', 'NaN'),
);
const value = fc.oneof(
  pick(known.stateIds),
  pick(known.stateIds).map((id) => ` ${id.toLowerCase()} `),
  pick(known.corridorIds),
  pick(known.eventIds),
  fc.integer({ min: known.years.min - 3, max: known.years.max + 3 }).map(String),
  fc.integer().map(String),
  pick(SCOPES),
  pick(['XYZ', 'kaz-2025', 'middle_corridor', '02025', '2025.0', '1e3', 'ALL', 'members ']),
  junk,
);
const key = fc.oneof({ weight: 4, arbitrary: pick(VIEW_PARAMS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const pairs = fc.array(fc.tuple(key, value), { maxLength: 8 });
/** A link as a browser would encode it, or as someone typed it by hand. */
const encoded = pairs.map((list) => `?${new URLSearchParams(list).toString()}`);
const handTyped = pairs.map((list) => `?${list.map(([k, v]) => `${k}=${v}`).join('&')}`);
const anySearch = fc.oneof(encoded, handTyped, fc.string(), fc.string({ unit: 'binary' }));

describe('parseSearch under hostile links', () => {
  it('always gives a view the atlas can show', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { view } = parseSearch(search, known);
        expect(invalid(view, known)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('applies or reports every value of every parameter it owns', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { view, dropped } = parseSearch(search, known);
        expect(unaccounted(search, view, dropped, known)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes only parameters it reads, and nothing of a hostile link but its valid values', () => {
    const hostile = fc.oneof(
      anySearch,
      fc.tuple(pick(VIEW_PARAMS), pick(known.stateIds), fc.integer({ min: 2, max: 3000 })).map(([k, v, n]) => `?${Array.from({ length: n }, () => `${k}=${v}`).join('&')}`),
      fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.nat({ max: 100_000 })).map(([k, n]) => `?${encodeURIComponent(k)}=${'x'.repeat(n)}&state=KAZ`),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const { view, slide } = parseSearch(search, known);
        const written = formatSearch(view, search, known.defaultYear, slide);
        for (const name of new URLSearchParams(written).keys()) expect(READ.has(name), name).toBe(true);
        // What the atlas writes is its own: short, whatever the link held.
        expect(written.length).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a view back as a link that reads as the same view with nothing dropped', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { view } = parseSearch(search, known);
        const again = parseSearch(formatSearch(view, search, known.defaultYear), known);
        expect(again.view).toEqual(view);
        expect(again.dropped).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('without the dataset, checks syntax only but still keeps one selection and a four-digit year', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { view } = parseSearch(search);
        expect([view.stateId, view.corridorId, view.eventId].filter((id) => id != null).length).toBeLessThanOrEqual(1);
        if (view.stateId != null) expect(view.stateId).toMatch(/^[A-Z]{3}$/);
        if (view.year != null) expect(String(view.year)).toMatch(/^\d{1,4}$/);
        expect(SCOPES).toContain(view.scope);
      }),
      { numRuns: 500 },
    );
  });
});
