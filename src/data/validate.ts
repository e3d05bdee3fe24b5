/**
 * Parsing and cross-reference checks: turn unknown JSON into a Dataset or a readable list of problems. The work is
 * bounded whatever the file: the first problems are kept and the rest counted, and checking stops once it has counted
 * a hundred thousand (see bounded-parse.ts).
 */
import { DatasetSchema, WORLD, type Dataset } from './schema.ts';
import { migrateDataset } from './migrate.ts';
import { boundedParse, formatKeys, ProblemCollector, type WalkProgress } from './bounded-parse.ts';

export interface Problem {
  /** JSON path such as `entities[3].capital.location.lat`; empty for the root. */
  path: string;
  message: string;
}

/** The problems of a file: the first ones, how many were found, and whether checking stopped before the end. */
export interface ProblemReport {
  problems: Problem[];
  /** Problems found, listed or not; a lower bound when `stopped`. */
  total: number;
  /** Checking stopped at its budget: there may be more than `total`. */
  stopped: boolean;
}

export type ParseResult = { ok: true; dataset: Dataset } | ({ ok: false } & ProblemReport);

/** How many problems are kept to show, and how many are counted before checking stops. */
export const PROBLEM_LIMITS = { keep: 100, budget: 100_000 } as const;

export const formatPath = (path: readonly PropertyKey[]): string => formatKeys(path);

/** Longest value quoted in a message; a longer one is cut, so one bad id cannot flood the list of problems. */
const MAX_QUOTED = 60;

/** A value quoted for a message: `"KAZ"`, or `"aaaa…" (100000 characters)` when it is too long to read. */
export function quote(value: string): string {
  if (value.length <= MAX_QUOTED) return `"${value}"`;
  return `"${value.slice(0, MAX_QUOTED)}…" (${value.length} characters)`;
}

export function reportOf(collector: ProblemCollector): ProblemReport {
  return { problems: collector.problems, total: collector.total, stopped: collector.stopped };
}

/** Every `sources` list below the root, with its path: walked with a stack, to the schema's depth. */
function forEachSourceList(dataset: Dataset, visit: (ids: unknown[], path: string) => void) {
  const stack: { value: unknown; path: string }[] = [{ value: dataset, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      const childPath = path === '' ? key : `${path}.${key}`;
      if (key === 'sources' && path !== '' && Array.isArray(child)) visit(child, childPath);
      else if (child !== null && typeof child === 'object') stack.push({ value: child, path: childPath });
    }
  }
}

/**
 * Checks that every id a record names exists: sources, entities, events, and that status histories are ordered.
 * Reports to `collector`, which may stop the check (by throwing) once its budget is spent.
 */
function collectReferenceProblems(dataset: Dataset, collector: ProblemCollector): void {
  const add = (path: string, message: string) => collector.add(path, message);
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));

  const unique = (ids: string[], where: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(`${where}[${i}].id`, `duplicate id ${quote(id)}`);
      seen.add(id);
    });
  };
  unique(dataset.sources.map((s) => s.id), 'sources');
  unique(dataset.entities.map((e) => e.id), 'entities');
  unique(dataset.events.map((e) => e.id), 'events');
  unique(dataset.corridors.map((c) => c.id), 'corridors');
  unique(dataset.chokepoints.map((c) => c.id), 'chokepoints');
  unique(dataset.trade.map((t) => t.id), 'trade');
  unique(dataset.claims.map((c) => c.id), 'claims');

  // Every `sources` list must name known source ids.
  forEachSourceList(dataset, (ids, path) => {
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !sourceIds.has(id)) add(`${path}[${i}]`, `unknown source id ${quote(id)}`);
    });
  });

  const entityRef = (id: string | null | undefined, path: string) => {
    if (id != null && !entityIds.has(id)) add(path, `unknown entity id ${quote(id)}`);
  };
  dataset.entities.forEach((entity, i) => {
    entity.statusHistory.forEach((change, j) => {
      const path = `entities[${i}].statusHistory[${j}]`;
      if (change.eventId && !eventIds.has(change.eventId)) add(`${path}.eventId`, `unknown event id ${quote(change.eventId)}`);
      const previous = entity.statusHistory[j - 1];
      if (previous && previous.date > change.date) add(`${path}.date`, `status history out of date order (${change.date} after ${previous.date})`);
    });
  });
  for (const [key, indicator] of Object.entries(dataset.indicators)) {
    indicator.series.forEach((series, i) => {
      entityRef(series.entityId, `indicators.${key}.series[${i}].entityId`);
      const years = new Set<number>();
      series.points.forEach((point, j) => {
        if (years.has(point.year)) add(`indicators.${key}.series[${i}].points[${j}].year`, `duplicate year ${point.year}`);
        years.add(point.year);
      });
    });
  }
  dataset.reportedFigures.forEach((f, i) => entityRef(f.entityId, `reportedFigures[${i}].entityId`));
  dataset.events.forEach((event, i) => {
    entityRef(event.hostId, `events[${i}].hostId`);
    event.membershipChanges.forEach((c, j) => entityRef(c.entityId, `events[${i}].membershipChanges[${j}].entityId`));
  });
  dataset.corridors.forEach((corridor, i) => {
    corridor.crosses.forEach((id, j) => entityRef(id, `corridors[${i}].crosses[${j}]`));
    unique(corridor.stretches.map((s) => s.id), `corridors[${i}].stretches`);
    const stretchIds = new Set(corridor.stretches.map((s) => s.id));
    const stretchRef = (id: string | undefined, path: string) => {
      if (id != null && !stretchIds.has(id)) add(path, `unknown stretch id ${quote(id)}`);
    };
    corridor.dates.forEach((d, j) => stretchRef(d.stretch, `corridors[${i}].dates[${j}].stretch`));
    corridor.waypoints.forEach((w, j) => stretchRef(w.stretch, `corridors[${i}].waypoints[${j}].stretch`));
  });
  checkFlows(dataset, entityRef, add);
}

/** The cross-reference problems of a dataset that has passed the schema, bounded like the rest. */
export function checkReferences(dataset: Dataset, collector = new ProblemCollector(PROBLEM_LIMITS.keep, PROBLEM_LIMITS.budget)): Problem[] {
  try {
    collectReferenceProblems(dataset, collector);
  } catch (error) {
    if (!collector.stopped) throw error;
  }
  return collector.problems;
}

export interface ParseOptions {
  /** Called as the check goes through each top-level list (at most every 50 ms). */
  onProgress?: (progress: WalkProgress) => void;
  /** How many problems to keep and to count; PROBLEM_LIMITS unless given. */
  limits?: { keep: number; budget: number };
}

/** Trade flows name known reporters and partners (or the World), once each, and never a state trading with itself. */
function checkFlows(dataset: Dataset, entityRef: (id: string, path: string) => void, add: (path: string, message: string) => void): void {
  if (!dataset.tradeFlows) return;
  for (const key of ['bilateral', 'worldTotals'] as const) {
    const seen = new Set<string>();
    dataset.tradeFlows[key].series.forEach((s, i) => {
      const path = `tradeFlows.${key}.series[${i}]`;
      entityRef(s.reporter, `${path}.reporter`);
      if (s.partner !== WORLD) entityRef(s.partner, `${path}.partner`);
      if (s.partner === s.reporter) add(`${path}.partner`, 'a state does not trade with itself');
      if (key === 'worldTotals' && s.partner !== WORLD) add(`${path}.partner`, `expected "${WORLD}"`);
      const cell = `${s.reporter} ${s.partner} ${s.flow}`;
      if (seen.has(cell)) add(path, `duplicate series ${quote(cell)}`);
      seen.add(cell);
    });
  }
}

/** Parses unknown JSON into a Dataset, migrating a file of an earlier schema version first; never throws. */
export function parseDataset(json: unknown, { onProgress, limits = PROBLEM_LIMITS }: ParseOptions = {}): ParseResult {
  const migrated = migrateDataset(json);
  const collector = new ProblemCollector(limits.keep, limits.budget);
  if (!migrated.ok) {
    try {
      for (const p of migrated.problems) collector.add(p.path, p.message);
    } catch (error) {
      if (!collector.stopped) throw error;
    }
    return { ok: false, ...reportOf(collector) };
  }
  const parsed = boundedParse(DatasetSchema, migrated.json, collector, onProgress);
  if (!parsed.ok) return { ok: false, ...reportOf(collector) };
  onProgress?.({ section: 'references', done: 0, total: 1 });
  checkReferences(parsed.data, collector);
  return collector.total > 0 ? { ok: false, ...reportOf(collector) } : { ok: true, dataset: parsed.data };
}

export type { WalkProgress };
