import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CRS, latLng } from 'leaflet';
import { describe, expect, it } from 'vitest';
import type { BasemapTopology } from './geo-basemap';
import { loadBundledDataset } from '../test/render';
import { basemapCountries, decodeBasemap } from './geo';
import { containsPoint } from './geo-shape';
import { mapFeatures } from './geo-features';
import { DEEPEST_ZOOM, linePath, mercatorPixel, projectedLand, projectLand } from './geo-land';

/** The absolute points of each ring of an SVG path made of `M x y l dx dy … z` runs. */
function rings(d: string): [number, number][][] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)l([^z]*)z/g)].map(([, x, y, steps]) => {
    const points: [number, number][] = [[Number(x), Number(y)]];
    const n = steps!.split(' ').map(Number);
    for (let i = 0; i < n.length; i += 2) {
      const [px, py] = points[points.length - 1]!;
      points.push([px + n[i]!, py + n[i + 1]!]);
    }
    return points;
  });
}

/** Even-odd point in polygon over all rings, in land units. */
function inside(d: string, [x, y]: [number, number]): boolean {
  let hit = false;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

describe('mercatorPixel', () => {
  it('is the projection Leaflet draws the rest of the map with', () => {
    for (const [lat, lon] of [
      [0, 0],
      [41.0082, 28.9784],
      [51.1694, 71.4491],
      [-33.9, 151.2],
      [85.1, -179],
    ] as const) {
      for (const zoom of [0, 3.25, DEEPEST_ZOOM]) {
        const leaflet = CRS.EPSG3857.latLngToPoint(latLng(lat, lon), zoom);
        const [x, y] = mercatorPixel(lat, lon, zoom);
        expect(x).toBeCloseTo(leaflet.x, 6);
        expect(y).toBeCloseTo(leaflet.y, 6);
      }
    }
  });
});

describe('linePath', () => {
  const window: [[number, number], [number, number]] = [[-10, -10], [30, 70]];
  const at = (lat: number, lon: number, zoom: number) => {
    const [x0, y0] = mercatorPixel(30, -10, zoom);
    const [x, y] = mercatorPixel(lat, lon, zoom);
    return `${Math.round(x - x0)} ${Math.round(y - y0)}`;
  };

  it('draws the points in the land’s units over the same window, in order', () => {
    expect(linePath(window, [[0, 0], [10, 20], [-5, 60]], 2)).toBe(`M${at(0, 0, 2)}L${at(10, 20, 2)}L${at(-5, 60, 2)}`);
    // At the deepest zoom by default, as the land is.
    expect(linePath(window, [[0, 0], [10, 20]])).toBe(`M${at(0, 0, DEEPEST_ZOOM)}L${at(10, 20, DEEPEST_ZOOM)}`);
  });

  it('draws a point repeated at that precision once, and nothing for no points', () => {
    expect(linePath(window, [[0, 0], [0, 0.001], [10, 20]], 2)).toBe(`M${at(0, 0, 2)}L${at(10, 20, 2)}`);
    expect(linePath(window, [])).toBe('');
  });
});

/** A test country's properties: projectLand reads only the name. */
const props = (name: string) => ({ name, label: [0, 0] as [number, number], bounds: [[0, 0], [0, 0]] as [[number, number], [number, number]] });

describe('projectLand', () => {
  // Three squares on a one-degree grid around the equator: A and B share an edge (arc 1, walked backwards by B);
  // C is a square ring with a hole; D is smaller than a unit at zoom 0 and so has nothing to draw.
  const topology: BasemapTopology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [
      [[0, 0], [0, 10], [10, 0]], // 0: (0,0) → (0,10) → (10,10)
      [[10, 10], [0, -10]], // 1: the shared edge (10,10) → (10,0)
      [[10, 0], [-10, 0]], // 2: (10,0) → (0,0)
      [[10, 10], [10, 0], [0, -10], [-10, 0]], // 3: (10,10) → (20,10) → (20,0) → (10,0)
      [[30, 0], [0, 20], [20, 0], [0, -20], [-20, 0]], // 4: C's outer ring
      [[35, 5], [10, 0], [0, 10], [-10, 0], [0, -10]], // 5: C's hole
      [[60, 0], [0, 0.1], [0.1, 0], [-0.1, -0.1]], // 6: D
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1, 2]], properties: props('A') },
          { type: 'Polygon', arcs: [[3, ~1]], properties: props('B') },
          { type: 'Polygon', arcs: [[4], [5]], properties: props('C') },
          { type: 'Polygon', arcs: [[6]], properties: props('D') },
        ],
      },
    },
    meta: { source: 'test', region: [[-5, -5], [25, 55]], window: [[-10, -10], [30, 70]] },
  };
  const land = projectLand(topology, 0);
  const at = (lat: number, lon: number): [number, number] => {
    const [x0, y0] = mercatorPixel(30, -10, 0);
    const [x, y] = mercatorPixel(lat, lon, 0);
    return [Math.round(x - x0), Math.round(y - y0)];
  };
  const path = (name: string) => land.countries.find((c) => c.name === name)!.d;

  it('measures the window in pixels of the zoom, from its north-west corner', () => {
    const [x0, y0] = mercatorPixel(30, -10, 0);
    const [x1, y1] = mercatorPixel(-10, 70, 0);
    expect(land.width).toBeCloseTo(x1 - x0, 9);
    expect(land.height).toBeCloseTo(y1 - y0, 9);
  });

  it('walks each ring through its arcs, backwards where an arc is reversed, without repeating the joins', () => {
    expect(rings(path('A'))).toEqual([[at(0, 0), at(10, 0), at(10, 10), at(0, 10), at(0, 0)]]);
    // B walks the shared edge from (10,0) back up to (10,10), where it started.
    expect(rings(path('B'))).toEqual([[at(10, 10), at(10, 20), at(0, 20), at(0, 10), at(10, 10)]]);
  });

  it('keeps holes as rings of their own, to be filled even-odd', () => {
    expect(rings(path('C'))).toHaveLength(2);
    expect(inside(path('C'), at(2, 32))).toBe(true);
    expect(inside(path('C'), at(10, 40))).toBe(false);
  });

  it('leaves out what is smaller than a unit, and keeps every country in its order', () => {
    expect(path('D')).toBe('');
    expect(land.countries.map((c) => c.name)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('the projected basemap', () => {
  const topology = JSON.parse(readFileSync(resolve(process.cwd(), 'src/data/basemap.json'), 'utf8')) as BasemapTopology;
  const land = projectLand(topology);
  const countries = basemapCountries(topology).features;
  const [[, west], [north]] = topology.meta.window;
  const [x0, y0] = mercatorPixel(north, west, DEEPEST_ZOOM);
  const unitsOf = (lat: number, lon: number): [number, number] => {
    const [x, y] = mercatorPixel(lat, lon, DEEPEST_ZOOM);
    return [x - x0, y - y0];
  };

  it('draws every country the basemap has', () => {
    expect(land.countries.map((c) => c.name)).toEqual(countries.map((c) => c.properties.name));
    expect(land.countries.every((c) => c.d.length > 0)).toBe(true);
  });

  it('puts each place where the decoded shapes have it: capitals in, enclaves out', () => {
    const d = (name: string) => land.countries.find((c) => c.name === name)!.d;
    const shape = (name: string) => countries.find((c) => c.properties.name === name)!;
    for (const [name, lat, lon] of [
      ['Kazakhstan', 51.1694, 71.4491],
      ['Azerbaijan', 39.2089, 45.4122], // Nakhchivan, the exclave
      ['N. Cyprus', 35.19, 33.36],
      ['Uzbekistan', 40.0, 71.1], // Sokh, an enclave in Kyrgyzstan
      ['Kyrgyzstan', 40.5, 73.0],
    ] as const) {
      expect(containsPoint(shape(name).geometry, lat, lon)).toBe(true);
      expect(inside(d(name), unitsOf(lat, lon)), name).toBe(true);
    }
    expect(inside(d('Kyrgyzstan'), unitsOf(40.0, 71.1))).toBe(false);
  });

  it('keeps every ring of the shapes, within a unit of their points', () => {
    const kazakhstan = countries.find((c) => c.properties.name === 'Kazakhstan')!;
    const polygons = kazakhstan.geometry.type === 'Polygon' ? [kazakhstan.geometry.coordinates] : kazakhstan.geometry.coordinates;
    const drawn = rings(land.countries.find((c) => c.name === 'Kazakhstan')!.d);
    expect(drawn).toHaveLength(polygons.flat().length);
    const [first] = polygons[0]![0]!;
    const [x, y] = unitsOf(first![1]!, first![0]!);
    expect(Math.abs(drawn[0]![0]![0] - x)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(drawn[0]![0]![1] - y)).toBeLessThanOrEqual(0.5);
  });

  it('is projected once per basemap, and each state of the dataset draws its own country from it', () => {
    expect(projectedLand(topology)).toBe(projectedLand(topology));
    const shared = projectedLand(topology);
    expect(shared.countries).toEqual(land.countries);
    const dataset = loadBundledDataset();
    const { states } = mapFeatures(dataset, decodeBasemap(topology));
    expect(states).toHaveLength(dataset.entities.length);
    for (const { entityId, country } of states) {
      const entity = dataset.entities.find((e) => e.id === entityId)!;
      const { lat, lon } = entity.capital.location;
      expect(inside(shared.countries[country]!.d, unitsOf(lat, lon)), entity.name).toBe(true);
    }
  });
});
