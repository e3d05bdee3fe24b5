/**
 * Pure derivations from the dataset: membership by year, the year range, and the key figures for a year and scope.
 */
import type { Dataset, Entity, EntityId, Indicator, Point, StatusKind } from './schema';

export type Scope = 'members' | 'all';
export const SCOPES: readonly Scope[] = ['members', 'all'];

/** An entity's status in a year: the last change dated in or before that year, or null if none yet. */
export function statusInYear(entity: Entity, year: number): StatusKind | null {
  let status: StatusKind | null = null;
  for (const change of entity.statusHistory) {
    if (Number(change.date.slice(0, 4)) <= year) status = change.status;
  }
  return status;
}

export function inScope(status: StatusKind | null, scope: Scope): boolean {
  return status === 'member' || (scope === 'all' && status === 'observer');
}

/** Entities counted in a year for a scope, in dataset order. */
export function entitiesInScope(dataset: Dataset, year: number, scope: Scope): Entity[] {
  return dataset.entities.filter((e) => inScope(statusInYear(e, year), scope));
}

export interface YearRange {
  min: number;
  max: number;
}

/** From the first year of any series to the last year of any event. */
export function yearRange(dataset: Dataset): YearRange {
  // Plain loops: spreading a large dataset's years into Math.min would overflow the stack.
  let min = Infinity;
  let max = -Infinity;
  const add = (year: number) => {
    if (year < min) min = year;
    if (year > max) max = year;
  };
  for (const indicator of Object.values(dataset.indicators)) {
    for (const series of indicator.series) for (const p of series.points) add(p.year);
  }
  for (const event of dataset.events) add(Number(event.date.slice(0, 4)));
  for (const entity of dataset.entities) for (const c of entity.statusHistory) add(Number(c.date.slice(0, 4)));
  return { min, max };
}

/** The largest of `values`, or `fallback` when there are none; a loop, for lists of any length. */
export function largest(values: Iterable<number>, fallback = -Infinity): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max === -Infinity ? fallback : max;
}

/** The latest year for which every series of the GDP indicator sourced from its vintage has a value. */
export function defaultYear(dataset: Dataset): number {
  const complete = dataset.indicators.gdp.series.filter((s) => s.points.length > 0);
  const lastYears = complete.map((s) => largest(s.points.map((p) => p.year)));
  const vintageLast = lastYears.length > 0 ? largest(lastYears) : yearRange(dataset).max;
  for (let year = vintageLast; year >= yearRange(dataset).min; year--) {
    const covered = complete.filter((s) => s.points.some((p) => p.year === year)).length;
    // Series that stop early (e.g. a handful of reported figures) do not hold the default back.
    if (covered >= Math.ceil(complete.length / 2)) return year;
  }
  return vintageLast;
}

export function pointFor(indicator: Indicator, entityId: EntityId, year: number): { point: Point; sources: string[] } | null {
  const series = indicator.series.find((s) => s.entityId === entityId);
  const point = series?.points.find((p) => p.year === year);
  if (!series || !point) return null;
  return { point, sources: point.sources ?? series.sources };
}

/** The entity's latest point before a year, if any. */
export function latestPointBefore(indicator: Indicator, entityId: EntityId, year: number): Point | null {
  const series = indicator.series.find((s) => s.entityId === entityId);
  let latest: Point | null = null;
  for (const p of series?.points ?? []) if (p.year < year && (latest == null || p.year > latest.year)) latest = p;
  return latest;
}

export interface Part {
  entityId: EntityId;
  value: number;
  note?: string;
}

/** A total over the entities in scope, with what went into it and what is missing. */
export interface Total {
  /** Sum of the values found; null when none was found. */
  value: number | null;
  parts: Part[];
  /** Entities in scope with no figure for the year. */
  missing: EntityId[];
  sources: string[];
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

export function indicatorTotal(indicator: Indicator, entities: Entity[], year: number): Total {
  const parts: Part[] = [];
  const missing: EntityId[] = [];
  const sources: string[] = [];
  for (const entity of entities) {
    const found = pointFor(indicator, entity.id, year);
    if (!found) {
      missing.push(entity.id);
      continue;
    }
    parts.push({ entityId: entity.id, value: found.point.value, ...(found.point.note ? { note: found.point.note } : {}) });
    sources.push(...found.sources);
  }
  const value = parts.length > 0 ? parts.reduce((sum, p) => sum + p.value, 0) : null;
  return { value, parts, missing, sources: unique(sources) };
}

/**
 * Where a year has no figure for any of the entities, the latest earlier year that has one for any of them, and their
 * total then (with what is missing that year too); null when no earlier year has a figure.
 */
export function latestTotalBefore(indicator: Indicator, entities: Entity[], year: number): { year: number; total: Total } | null {
  let latest: number | null = null;
  for (const entity of entities) {
    const point = latestPointBefore(indicator, entity.id, year);
    if (point && (latest == null || point.year > latest)) latest = point.year;
  }
  return latest == null ? null : { year: latest, total: indicatorTotal(indicator, entities, latest) };
}

export function areaTotal(entities: Entity[]): Total {
  return {
    value: entities.length > 0 ? entities.reduce((sum, e) => sum + e.area.totalKm2, 0) : null,
    parts: entities.map((e) => ({ entityId: e.id, value: e.area.totalKm2 })),
    missing: [],
    sources: unique(entities.flatMap((e) => e.area.sources)),
  };
}

export interface KeyFigures {
  year: number;
  scope: Scope;
  members: Entity[];
  observers: Entity[];
  population: Total;
  gdp: Total;
  area: Total;
  /** Sources of the membership status changes in force that year. */
  membershipSources: string[];
}

export function keyFigures(dataset: Dataset, year: number, scope: Scope): KeyFigures {
  const members = dataset.entities.filter((e) => statusInYear(e, year) === 'member');
  const observers = dataset.entities.filter((e) => statusInYear(e, year) === 'observer');
  const counted = scope === 'all' ? [...members, ...observers] : members;
  const membershipSources = unique(
    [...members, ...observers].flatMap((e) =>
      e.statusHistory.filter((c) => Number(c.date.slice(0, 4)) <= year).flatMap((c) => c.sources),
    ),
  );
  return {
    year,
    scope,
    members,
    observers,
    population: indicatorTotal(dataset.indicators.population, counted, year),
    gdp: indicatorTotal(dataset.indicators.gdp, counted, year),
    area: areaTotal(counted),
    membershipSources,
  };
}

export function entityById(dataset: Dataset, id: string | null): Entity | undefined {
  return id == null ? undefined : dataset.entities.find((e) => e.id === id);
}
