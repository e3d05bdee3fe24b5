/**
 * GDP series for the charts: one column per state, a total, and for every cell why it is missing when it is.
 *
 * Pure and deterministic: the same dataset and options give equal output, so callers memoise on them and hand the
 * chart the same `rows` array until an option changes.
 */
import { inScope, pointFor, statusInYear, type Scope } from './derive';
import type { Dataset, Entity, EntityId, StatusKind } from './schema';

/** `since-joining`: a state counts from the year it became a member (or observer); `today`: today's states throughout. */
export type MembershipRule = 'since-joining' | 'today';

/** `gdp`: GDP in current US$; `per-person`: GDP divided by population, computed here. */
export type GdpMeasure = 'gdp' | 'per-person';

export type MissingReason =
  /** The state was not yet a member (or observer) that year, under the rule in force. */
  | 'not-counted'
  | 'no-gdp'
  | 'no-population'
  | 'no-gdp-or-population';

export interface GdpOptions {
  scope: Scope;
  rule: MembershipRule;
  measure: GdpMeasure;
}

export interface SeriesEntity {
  id: EntityId;
  name: string;
  /** The year it starts to count under the rule; null when it counts in every year. */
  countedFrom: number | null;
  /** Its status today (the dataset's as-of year). */
  statusToday: StatusKind | null;
}

export interface Cell {
  value: number | null;
  missing: MissingReason | null;
  /** Source ids of the figures the value rests on (GDP, and population for a value per person). */
  sources: string[];
  /** Notes attached to those figures in the dataset. */
  notes: string[];
}

export interface TotalCell {
  /** Sum over the counted states with a value (GDP), or their GDP over their population (per person). */
  value: number | null;
  /** States counted that year under the rule. */
  counted: EntityId[];
  /** Counted states without a figure: the total leaves them out. */
  excluded: EntityId[];
  sources: string[];
}

export interface SeriesYear {
  year: number;
  cells: Readonly<Record<EntityId, Cell>>;
  total: TotalCell;
}

/** One row of chart data: a value per entity id, and `total`. Missing values are null, never zero. */
export interface ChartRow {
  year: number;
  total: number | null;
  [entityId: string]: number | null;
}

export interface GdpSeries {
  options: GdpOptions;
  /** The year "today" refers to: the dataset's as-of year. */
  todayYear: number;
  /** Counted entities in stacking order: by the year they start to count, then dataset order. */
  entities: SeriesEntity[];
  years: SeriesYear[];
  rows: ChartRow[];
  /** Per entity, years with a value but no value the year before or after: a line cannot show them, so draw points. */
  isolated: Readonly<Record<EntityId, readonly number[]>>;
  /** Every source id behind a value in the series, in first-use order. */
  sources: string[];
}

/** The year its status first puts the entity in scope, or null if it never does. */
export function firstYearInScope(entity: Entity, scope: Scope): number | null {
  for (const change of entity.statusHistory) {
    if (inScope(change.status, scope)) return Number(change.date.slice(0, 4));
  }
  return null;
}

/** The years of the GDP indicator, first to last, without gaps. */
export function gdpYears(dataset: Dataset): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const series of dataset.indicators.gdp.series) {
    for (const { year } of series.points) {
      if (year < first) first = year;
      if (year > last) last = year;
    }
  }
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

function counted(dataset: Dataset, options: GdpOptions, todayYear: number, years: number[]): SeriesEntity[] {
  const picked: SeriesEntity[] = [];
  for (const entity of dataset.entities) {
    const statusToday = statusInYear(entity, todayYear);
    if (options.rule === 'today') {
      if (inScope(statusToday, options.scope)) picked.push({ id: entity.id, name: entity.name, countedFrom: null, statusToday });
      continue;
    }
    const from = firstYearInScope(entity, options.scope);
    const lastYear = years[years.length - 1];
    if (from != null && lastYear != null && from <= lastYear) {
      picked.push({ id: entity.id, name: entity.name, countedFrom: from, statusToday });
    }
  }
  const order = new Map(dataset.entities.map((e, i) => [e.id, i]));
  return picked.sort(
    (a, b) => (a.countedFrom ?? 0) - (b.countedFrom ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
}

interface Figures {
  gdp: number | null;
  population: number | null;
  cell: Cell;
}

function figuresFor(dataset: Dataset, id: EntityId, year: number, measure: GdpMeasure): Figures {
  const gdp = pointFor(dataset.indicators.gdp, id, year);
  const population = measure === 'per-person' ? pointFor(dataset.indicators.population, id, year) : null;
  const found = measure === 'per-person' ? [gdp, population] : [gdp];
  const sources = [...new Set(found.flatMap((f) => f?.sources ?? []))];
  const notes = found.flatMap((f) => (f?.point.note ? [f.point.note] : []));
  const g = gdp?.point.value ?? null;
  const p = population?.point.value ?? null;
  if (measure === 'gdp') {
    return { gdp: g, population: null, cell: { value: g, missing: g == null ? 'no-gdp' : null, sources, notes } };
  }
  let missing: MissingReason | null = null;
  if (g == null && (p == null || p === 0)) missing = 'no-gdp-or-population';
  else if (g == null) missing = 'no-gdp';
  else if (p == null || p === 0) missing = 'no-population';
  const value = missing == null && g != null && p != null ? g / p : null;
  return { gdp: g, population: p, cell: { value, missing, sources: value == null ? [] : sources, notes: value == null ? [] : notes } };
}

const NOT_COUNTED: Cell = Object.freeze({ value: null, missing: 'not-counted', sources: [], notes: [] }) as Cell;

function isCounted(entity: SeriesEntity, year: number): boolean {
  return entity.countedFrom == null || year >= entity.countedFrom;
}

function yearOf(dataset: Dataset, entities: SeriesEntity[], year: number, measure: GdpMeasure): SeriesYear {
  const cells: Record<EntityId, Cell> = {};
  const countedIds: EntityId[] = [];
  const excluded: EntityId[] = [];
  const sources: string[] = [];
  let sumGdp = 0;
  let sumPopulation = 0;
  let any = false;
  for (const entity of entities) {
    if (!isCounted(entity, year)) {
      cells[entity.id] = NOT_COUNTED;
      continue;
    }
    countedIds.push(entity.id);
    const f = figuresFor(dataset, entity.id, year, measure);
    cells[entity.id] = f.cell;
    if (f.cell.value == null || f.gdp == null) {
      excluded.push(entity.id);
      continue;
    }
    any = true;
    sumGdp += f.gdp;
    sumPopulation += f.population ?? 0;
    sources.push(...f.cell.sources);
  }
  const value = !any ? null : measure === 'gdp' ? sumGdp : sumGdp / sumPopulation;
  return { year, cells, total: { value, counted: countedIds, excluded, sources: [...new Set(sources)] } };
}

function isolatedYears(entities: SeriesEntity[], rows: ChartRow[]): Record<EntityId, number[]> {
  const isolated: Record<EntityId, number[]> = {};
  for (const { id } of entities) {
    isolated[id] = rows
      .filter((row, i) => row[id] != null && rows[i - 1]?.[id] == null && rows[i + 1]?.[id] == null)
      .map((row) => row.year);
  }
  return isolated;
}

/** The GDP (or GDP per person) of the states in scope, 2000–2025, counted under the membership rule. */
export function gdpSeries(dataset: Dataset, options: GdpOptions): GdpSeries {
  const todayYear = Number(dataset.asOf.slice(0, 4));
  const allYears = gdpYears(dataset);
  const entities = counted(dataset, options, todayYear, allYears);
  const years = allYears.map((y) => yearOf(dataset, entities, y, options.measure));
  const rows = years.map(({ year, cells, total }) => {
    const row: ChartRow = { year, total: total.value };
    for (const { id } of entities) row[id] = cells[id]?.value ?? null;
    return row;
  });
  const sources = [
    ...new Set(years.flatMap((y) => entities.flatMap((e) => y.cells[e.id]?.sources ?? []))),
  ];
  return { options, todayYear, entities, years, rows, isolated: isolatedYears(entities, rows), sources };
}

/** The entity ids to highlight for a selection: the selected state, or the states a selected corridor crosses. */
export function highlightedIds(dataset: Dataset, stateId: string | null, corridorId: string | null): readonly EntityId[] {
  if (stateId != null) return [stateId];
  const corridor = corridorId == null ? undefined : dataset.corridors.find((c) => c.id === corridorId);
  return corridor?.crosses ?? [];
}
