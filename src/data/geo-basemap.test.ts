import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadBundledDataset } from '../test/render';
import { basemapWindow, generateBasemapText, serialiseBasemap, trimTopology, type BasemapTopology } from './geo-basemap';
import { basemapCountries, decodeBasemap, entityShapes } from './geo';
import { containsPoint } from './geo-shape';

const FILE = resolve(process.cwd(), 'src/data/basemap.json');
const text = readFileSync(FILE, 'utf8');
const topology = JSON.parse(text) as BasemapTopology;
const basemap = decodeBasemap(topology);
const dataset = loadBundledDataset();

/** What the generator (scripts/basemap/build.ts) makes from the installed world-atlas and the dataset's region. */
function regenerated(): string {
  const require = createRequire(resolve(process.cwd(), 'package.json'));
  const sourcePath = require.resolve('world-atlas/countries-50m.json');
  const { version } = JSON.parse(readFileSync(resolve(dirname(sourcePath), 'package.json'), 'utf8')) as { version: string };
  return generateBasemapText(JSON.parse(readFileSync(sourcePath, 'utf8')) as Topology, version, dataset.region.bounds);
}

/** Size budget for the shipped geometry, raw (before gzip). */
const BUDGET_BYTES = 250 * 1024;

describe('the generated basemap', () => {
  it('is in sync with its generator (world-atlas and the dataset’s region)', () => {
    expect(text === regenerated(), 'src/data/basemap.json is stale: run npx tsx scripts/basemap/build.ts').toBe(true);
  });

  it('stays under its size budget', () => {
    expect(statSync(FILE).size).toBeLessThan(BUDGET_BYTES);
  });

  it('names the dataset’s region it was made for, so the map can open fitted to it before the dataset arrives', () => {
    expect(basemap.region).toEqual(dataset.region.bounds);
  });

  it('covers the dataset’s region with margin to spare', () => {
    const [[south, west], [north, east]] = dataset.region.bounds;
    const [[wSouth, wWest], [wNorth, wEast]] = basemap.window;
    expect(wSouth).toBeLessThan(south);
    expect(wWest).toBeLessThan(west);
    expect(wNorth).toBeGreaterThan(north);
    expect(wEast).toBeGreaterThan(east);
  });

  it('has a shape for every entity of the dataset, Northern Cyprus included', () => {
    const { shapes, missing } = entityShapes(basemap, dataset.entities);
    expect(missing.map((e) => e.id)).toEqual([]);
    expect(shapes.map((s) => s.entity.id)).toEqual(dataset.entities.map((e) => e.id));
    const cyprus = shapes.find((s) => s.entity.id === 'CYN')!;
    expect(cyprus.country.properties.name).toBe('N. Cyprus');
    expect(containsPoint(cyprus.country.geometry, 35.19, 33.36)).toBe(true); // North Nicosia
  });

  it('keeps the 1:50m detail the atlas needs: Nakhchivan and the Fergana enclaves', () => {
    const shape = (id: string) => entityShapes(basemap, dataset.entities).shapes.find((s) => s.entity.id === id)!.country;
    // Nakhchivan city lies in Azerbaijan's exclave, not in Armenia.
    expect(containsPoint(shape('AZE').geometry, 39.2089, 45.4122)).toBe(true);
    // Sokh and Shakhimardan are Uzbek enclaves inside Kyrgyzstan: holes in Kyrgyzstan, parts of Uzbekistan.
    for (const [lat, lon] of [
      [40.0, 71.1],
      [39.95, 71.73],
    ] as const) {
      expect(containsPoint(shape('UZB').geometry, lat, lon)).toBe(true);
      expect(containsPoint(shape('KGZ').geometry, lat, lon)).toBe(false);
    }
    // Vorukh, a Tajik enclave, is a hole in Kyrgyzstan too.
    expect(containsPoint(shape('KGZ').geometry, 39.84, 70.58)).toBe(false);
    expect(containsPoint(shape('KGZ').geometry, 40.5, 73.0)).toBe(true);
  });

  it('draws the neighbours as context and nothing far outside the window', () => {
    const countries = basemapCountries(topology).features;
    const names = countries.map((c) => c.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Russia', 'China', 'Iran', 'Georgia', 'Armenia', 'Cyprus', 'Tajikistan']));
    expect(names).not.toContain('Brazil');
    expect(names).not.toContain('Australia');
    const [[south, west], [north, east]] = basemap.window;
    const points = countries.flatMap((c) =>
      (c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates).flat(2),
    );
    const lons = points.map(([lon = 0]) => lon);
    const lats = points.map(([, lat = 0]) => lat);
    // One grid step (≈ 0.004°) of slack: the window's edges are rounded outwards onto the quantisation grid.
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(west - 0.01);
    expect(Math.max(...lons)).toBeLessThanOrEqual(east + 0.01);
    expect(Math.min(...lats)).toBeGreaterThanOrEqual(south - 0.01);
    expect(Math.max(...lats)).toBeLessThanOrEqual(north + 0.01);
  });
});

describe('trimTopology', () => {
  // Square A (2,2)–(4,4) lies inside the window; square B (4,2)–(12,4) shares A's east edge and runs out past the
  // window's east edge (x = 6); the island nation has one part inside and one wholly east of the window; the last
  // country is far away. Arcs are delta-encoded, as in world-atlas.
  const source: Topology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [
      [[2, 4], [0, -2], [2, 0]], // 0: (2,4) → (2,2) → (4,2)
      [[4, 2], [0, 2]], // 1: the shared edge (4,2) → (4,4)
      [[4, 4], [-2, 0]], // 2: (4,4) → (2,4)
      [[4, 2], [6, 0], [2, 1], [-2, 1], [-6, 0]], // 3: (4,2) → (10,2) → (12,3) → (10,4) → (4,4)
      [[50, 50], [1, 0], [0, 1], [-1, 0], [0, -1]], // 4: far away
      [[20, 5], [2, 0], [0, 1], [-2, 0], [0, -1]], // 5: east of the window
      [[1, 6], [1, 0], [0, 1], [-1, 0], [0, -1]], // 6: inside
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1, 2]], id: '001', properties: { name: 'Inside' } },
          { type: 'Polygon', arcs: [[~1, 3]], id: '002', properties: { name: 'Straddling' } },
          { type: 'Polygon', arcs: [[4]], id: '003', properties: { name: 'Far away' } },
          { type: 'MultiPolygon', arcs: [[[5]], [[6]]], properties: { name: 'Island nation' } },
        ],
      },
    },
  };
  const window: [[number, number], [number, number]] = [
    [0, 0],
    [8, 6],
  ];
  const trimmed = trimTopology(source, window, { source: 'test', region: [
    [1, 1],
    [7, 5],
  ] });
  const geometries = trimmed.objects.countries.geometries;

  it('drops countries outside the window and renumbers the arcs it keeps', () => {
    expect(geometries.map((g) => g.properties.name)).toEqual(['Inside', 'Straddling', 'Island nation']);
    expect(trimmed.arcs).toHaveLength(5);
    expect(geometries[0]).toMatchObject({ type: 'Polygon', id: '001', arcs: [[0, 1, 2]] });
    expect(geometries[1]).toMatchObject({ type: 'Polygon', id: '002', arcs: [[~1, 3]] });
  });

  it('drops the parts that collapse onto the window’s edge', () => {
    expect(geometries[2]).toMatchObject({ type: 'Polygon', arcs: [[4]], properties: { name: 'Island nation' } });
  });

  it('stores each country’s name point and bounds, from its trimmed shape', () => {
    // The island nation is only its part inside: the unit square (1,6)–(2,7).
    expect(geometries[2]!.properties).toEqual({ name: 'Island nation', label: [6.5, 1.5], bounds: [[6, 1], [7, 2]] });
    // Square B, clamped at the window's east edge, is (4,2)–(6,4).
    expect(geometries[1]!.properties).toEqual({ name: 'Straddling', label: [3, 5], bounds: [[2, 4], [4, 6]] });
  });

  it('clamps points outside the window onto its edge, keeping shared arcs identical', () => {
    const decoded = basemapCountries(trimmed);
    const straddling = decoded.features[1]!.geometry.coordinates as number[][][];
    expect(Math.max(...straddling.flat().map(([x]) => x!))).toBe(6);
    // The run of clamped points along the edge is reduced to its ends: (4,2) → (6,2) → (6,4) → (4,4).
    expect(trimmed.arcs[3]).toEqual([[4, 2], [2, 0], [0, 2], [-2, 0]]);
    expect(trimmed.arcs[1]).toEqual([[4, 2], [0, 2]]);
  });

  it('serialises stably, one arc per line', () => {
    const once = serialiseBasemap(trimmed);
    expect(JSON.parse(once)).toEqual(trimmed);
    expect(once.split('\n').length).toBeGreaterThan(trimmed.arcs.length);
    expect(serialiseBasemap(JSON.parse(once) as BasemapTopology)).toBe(once);
  });

  it('pads the region by a fixed margin', () => {
    expect(basemapWindow([[28, 8], [58, 92]])).toEqual([
      [18, -7],
      [68, 107],
    ]);
  });
});
