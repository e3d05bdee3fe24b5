/**
 * Parsing and cross-reference checks: turn unknown JSON into a Dataset or a readable list of problems.
 */
import type { z } from 'zod';
import { DatasetSchema, WORLD, type Dataset } from './schema';
import { migrateDataset } from './migrate';

export interface Problem {
  /** JSON path such as `entities[3].capital.location.lat`; empty for the root. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** Longest value quoted in a message; a longer one is cut, so one bad id cannot flood the list of problems. */
const MAX_QUOTED = 60;

/** A value quoted for a message: `"KAZ"`, or `"aaaa…" (100000 characters)` when it is too long to read. */
export function quote(value: string): string {
  if (value.length <= MAX_QUOTED) return `"${value}"`;
  return `"${value.slice(0, MAX_QUOTED)}…" (${value.length} characters)`;
}

function fromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Checks that every id a record names exists: sources, entities, events, and that status histories are ordered. */
export function checkReferences(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));

  const unique = (ids: string[], where: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ path: `${where}[${i}].id`, message: `duplicate id ${quote(id)}` });
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

  // Walk the whole tree once: every `sources` array must name known source ids.
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (key === 'sources' && path !== '' && Array.isArray(child)) {
        child.forEach((id, i) => {
          if (typeof id === 'string' && !sourceIds.has(id)) {
            problems.push({ path: `${childPath}[${i}]`, message: `unknown source id ${quote(id)}` });
          }
        });
      } else {
        walk(child, childPath);
      }
    }
  };
  walk(dataset, '');

  const entityRef = (id: string | null | undefined, path: string) => {
    if (id != null && !entityIds.has(id)) problems.push({ path, message: `unknown entity id ${quote(id)}` });
  };
  dataset.entities.forEach((entity, i) => {
    entity.statusHistory.forEach((change, j) => {
      const path = `entities[${i}].statusHistory[${j}]`;
      if (change.eventId && !eventIds.has(change.eventId)) {
        problems.push({ path: `${path}.eventId`, message: `unknown event id ${quote(change.eventId)}` });
      }
      const previous = entity.statusHistory[j - 1];
      if (previous && previous.date > change.date) {
        problems.push({ path: `${path}.date`, message: `status history out of date order (${change.date} after ${previous.date})` });
      }
    });
  });
  for (const [key, indicator] of Object.entries(dataset.indicators)) {
    indicator.series.forEach((series, i) => {
      entityRef(series.entityId, `indicators.${key}.series[${i}].entityId`);
      const years = new Set<number>();
      series.points.forEach((point, j) => {
        if (years.has(point.year)) {
          problems.push({ path: `indicators.${key}.series[${i}].points[${j}].year`, message: `duplicate year ${point.year}` });
        }
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
      if (id != null && !stretchIds.has(id)) problems.push({ path, message: `unknown stretch id ${quote(id)}` });
    };
    corridor.dates.forEach((d, j) => stretchRef(d.stretch, `corridors[${i}].dates[${j}].stretch`));
    corridor.waypoints.forEach((w, j) => stretchRef(w.stretch, `corridors[${i}].waypoints[${j}].stretch`));
  });
  checkFlows(dataset, entityRef, problems);
  return problems;
}

/** Trade flows name known reporters and partners (or the World), once each, and never a state trading with itself. */
function checkFlows(dataset: Dataset, entityRef: (id: string, path: string) => void, problems: Problem[]): void {
  if (!dataset.tradeFlows) return;
  for (const key of ['bilateral', 'worldTotals'] as const) {
    const seen = new Set<string>();
    dataset.tradeFlows[key].series.forEach((s, i) => {
      const path = `tradeFlows.${key}.series[${i}]`;
      entityRef(s.reporter, `${path}.reporter`);
      if (s.partner !== WORLD) entityRef(s.partner, `${path}.partner`);
      if (s.partner === s.reporter) problems.push({ path: `${path}.partner`, message: 'a state does not trade with itself' });
      if (key === 'worldTotals' && s.partner !== WORLD) problems.push({ path: `${path}.partner`, message: `expected "${WORLD}"` });
      const cell = `${s.reporter} ${s.partner} ${s.flow}`;
      if (seen.has(cell)) problems.push({ path, message: `duplicate series ${quote(cell)}` });
      seen.add(cell);
    });
  }
}

/** Parses unknown JSON into a Dataset, migrating a file of an earlier schema version first; never throws. */
export function parseDataset(json: unknown): ParseResult {
  const migrated = migrateDataset(json);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const parsed = DatasetSchema.safeParse(migrated.json);
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error) };
  const problems = checkReferences(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}
