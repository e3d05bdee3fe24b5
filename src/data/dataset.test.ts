/**
 * Checks the generated dataset (public/data/ots.json) and the validation fixtures.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, serializeDataset } from '../../scripts/build-dataset';
import type { Dataset, Entity, LatLon, StatusKind } from './schema';
import { checkReferences, parseDataset, type Problem } from './validate';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATASET_FILE = join(HERE, '..', '..', 'public', 'data', 'ots.json');

const describeProblems = (problems: Problem[]) => problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('\n');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function loadDataset(): Dataset {
  const result = parseDataset(readJson(DATASET_FILE));
  if (!result.ok) throw new Error(`public/data/ots.json does not validate:\n${describeProblems(result.problems)}`);
  return result.dataset;
}

const dataset = loadDataset();

/** Every `sources` array in the tree, with its JSON path. */
function sourceLists(value: unknown, path = ''): { path: string; ids: unknown[] }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourceLists(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (key === 'sources' && path !== '' && Array.isArray(child)) return [{ path: childPath, ids: child }];
    return sourceLists(child, childPath);
  });
}

/** The status an entity held on a day (YYYY-MM-DD), or null before it joined. */
function statusOn(entity: Entity, day: string): StatusKind | null {
  const changes = entity.statusHistory.filter((c) => c.date <= day);
  return changes[changes.length - 1]?.status ?? null;
}

function entity(id: string): Entity {
  const found = dataset.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

function pointValue(indicator: 'gdp' | 'population', entityId: string, year: number): number | undefined {
  const series = dataset.indicators[indicator].series.find((s) => s.entityId === entityId);
  return series?.points.find((p) => p.year === year)?.value;
}

const MEMBERS = ['AZE', 'KAZ', 'KGZ', 'TUR', 'UZB'];
const WORLD_BANK = [...MEMBERS, 'HUN', 'TKM'];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('public/data/ots.json', () => {
  it('parses with parseDataset', () => {
    const result = parseDataset(readJson(DATASET_FILE));
    expect(result.ok, result.ok ? '' : describeProblems(result.problems)).toBe(true);
  });

  it('names only sources that are in the sources table', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    const unknown = sourceLists(dataset).flatMap(({ path, ids }) =>
      ids.flatMap((id, i) => (typeof id === 'string' && known.has(id) ? [] : [`${path}[${i}] = ${String(id)}`])),
    );
    expect(unknown, unknown.join('\n')).toEqual([]);
    expect(checkReferences(dataset), describeProblems(checkReferences(dataset))).toEqual([]);
  });

  it('has the reference check catch an unknown source id', () => {
    const copy = structuredClone(dataset);
    const event = copy.events[0];
    if (!event) throw new Error('no events');
    event.sources.push('no-such-source');
    const path = `events[0].sources[${event.sources.length - 1}]`;
    expect(checkReferences(copy)).toContainEqual({ path, message: 'unknown source id "no-such-source"' });
  });

  it('cites every source in the table at least once', () => {
    const cited = new Set(sourceLists(dataset).flatMap(({ ids }) => ids));
    const unused = dataset.sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
    expect(unused, `sources never cited: ${unused.join(', ')}`).toEqual([]);
  });

  it('has series without duplicate years or negative values', () => {
    const problems: string[] = [];
    for (const [key, indicator] of Object.entries(dataset.indicators)) {
      indicator.series.forEach((series, i) => {
        const seen = new Set<number>();
        series.points.forEach((point, j) => {
          const where = `indicators.${key}.series[${i}] (${series.entityId}) points[${j}] (${point.year})`;
          if (seen.has(point.year)) problems.push(`${where}: duplicate year`);
          seen.add(point.year);
          if (point.value < 0) problems.push(`${where}: negative value ${point.value}`);
          point.variants?.forEach((v, k) => {
            if (v.value < 0) problems.push(`${where}.variants[${k}]: negative value ${v.value}`);
          });
        });
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('keeps status histories in date order', () => {
    const problems = dataset.entities.flatMap((e) =>
      e.statusHistory.slice(1).flatMap((change, j) => {
        const previous = e.statusHistory[j];
        return previous && previous.date > change.date ? [`${e.id} statusHistory[${j + 1}]: ${change.date} after ${previous.date}`] : [];
      }),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('places every located point inside the region bounds', () => {
    const [[south, west], [north, east]] = dataset.region.bounds;
    const outside: string[] = [];
    const check = (where: string, location: LatLon | null) => {
      if (location && (location.lat < south || location.lat > north || location.lon < west || location.lon > east)) {
        outside.push(`${where}: ${location.lat}, ${location.lon}`);
      }
    };
    dataset.entities.forEach((e) => check(`${e.id} capital ${e.capital.name}`, e.capital.location));
    dataset.events.forEach((e) => check(`event ${e.id}`, e.location));
    dataset.corridors.forEach((c) => c.waypoints.forEach((w, i) => check(`${c.id} waypoints[${i}] ${w.name}`, w.location)));
    dataset.chokepoints.forEach((c) => check(`chokepoint ${c.id}`, c.location));
    expect(outside, outside.join('\n')).toEqual([]);
  });

  it('has every state a corridor crosses among the entities', () => {
    const ids = new Set(dataset.entities.map((e) => e.id));
    const missing = dataset.corridors.flatMap((c) => c.crosses.filter((id) => !ids.has(id)).map((id) => `${c.id} crosses unknown ${id}`));
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('has the eight entities, five members and three observers as of today', () => {
    expect(dataset.entities.map((e) => e.id).sort()).toEqual(['AZE', 'CYN', 'HUN', 'KAZ', 'KGZ', 'TKM', 'TUR', 'UZB']);
    const byStatus = (status: StatusKind) => dataset.entities.filter((e) => statusOn(e, dataset.asOf) === status).map((e) => e.id).sort();
    expect(byStatus('member')).toEqual([...MEMBERS].sort());
    expect(byStatus('observer')).toEqual(['CYN', 'HUN', 'TKM']);
  });

  it('covers 2000–2025 for GDP and 2000–2024 for population in the World Bank series', () => {
    for (const id of WORLD_BANK) {
      const gdp = dataset.indicators.gdp.series.find((s) => s.entityId === id);
      const population = dataset.indicators.population.series.find((s) => s.entityId === id);
      expect(gdp?.points.map((p) => p.year), `GDP years for ${id}`).toEqual(range(2000, 2025));
      expect(population?.points.map((p) => p.year), `population years for ${id}`).toEqual(range(2000, 2024));
    }
  });

  it('matches known World Bank values', () => {
    expect(Math.abs((pointValue('gdp', 'KAZ', 2024) ?? 0) - 291.48e9), 'KAZ GDP 2024').toBeLessThan(0.005e9);
    expect(Math.abs((pointValue('gdp', 'TUR', 2025) ?? 0) - 1597.29e9), 'TUR GDP 2025').toBeLessThan(0.005e9);
    const members2024 = MEMBERS.map((id) => pointValue('population', id, 2024));
    expect(members2024.every((v) => v !== undefined), 'a member has no 2024 population').toBe(true);
    expect(members2024.reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBe(159_897_789);
  });

  it('keeps conflicting 2023 trade volumes side by side', () => {
    const volumes2023 = dataset.trade.filter((t) => t.metric === 'intra-volume' && t.year === 2023);
    const bolat = volumes2023.find((t) => t.statedBy.includes('Bolat'));
    const tokayev = volumes2023.find((t) => t.statedBy.includes('Tokayev'));
    expect(bolat?.value, 'Bolat 2023 figure').toBe(42);
    expect(tokayev?.value, 'Tokayev 2023 figure').toBe(22);
  });

  it('records Uzbekistan as a member from 2019-10-15 and not before', () => {
    const uzbekistan = entity('UZB');
    expect(statusOn(uzbekistan, '2018-12-31')).toBeNull();
    expect(statusOn(uzbekistan, '2019-10-14')).toBeNull();
    expect(statusOn(uzbekistan, '2019-10-15')).toBe('member');
  });

  it('is exactly what the generator builds from data/reference', () => {
    const output = serializeDataset(buildDataset());
    if ('problems' in output) throw new Error(describeProblems(output.problems));
    expect(output.text === readFileSync(DATASET_FILE, 'utf8'), 'public/data/ots.json is stale: run npm run data:build').toBe(true);
  });
});

describe('validation fixtures', () => {
  it('accepts the minimal dataset', () => {
    const result = parseDataset(readJson(join(HERE, 'fixtures', 'minimal.json')));
    expect(result.ok, result.ok ? '' : describeProblems(result.problems)).toBe(true);
  });

  it('reports the bad fields of the invalid dataset by path', () => {
    const result = parseDataset(readJson(join(HERE, 'fixtures', 'invalid.json')));
    if (result.ok) throw new Error('the invalid fixture parsed');
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('indicators.gdp.series[0].points[1].value');
    expect(paths).toContain('events[0].date');
    expect(paths).toContain('sources[1].url');
  });
});
