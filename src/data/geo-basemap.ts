/**
 * Build-time preparation of the basemap: Natural Earth's 1:50m country shapes (the `world-atlas` package), trimmed to
 * the window the atlas can show. Pure: the script in scripts/build-basemap.ts reads the files and writes the result.
 *
 * Trimming keeps the TopoJSON topology (shared borders stored once, quantised, delta-encoded):
 *   1. countries whose bounding box misses the window are dropped;
 *   2. every arc point outside the window is clamped onto the window's edge, and runs of points along one edge are
 *      reduced to their ends. Shared arcs are clamped identically, so neighbours still meet exactly;
 *   3. polygons that collapse to nothing on the edge (zero area) are dropped, and unused arcs with them.
 * The window is larger than anything the map lets the user see, so the clamped edge is never on screen.
 */
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Arc, GeometryObject, MultiPolygon, Polygon, Properties, Topology, Transform } from 'topojson-specification';
import { labelPoint, shapeBounds } from './geo-shape.ts';

/** [[south, west], [north, east]] in degrees, as in the dataset's `region.bounds`. */
export type Bounds = [[number, number], [number, number]];

/** How far beyond the dataset's region the basemap reaches, in degrees. */
export const BASEMAP_PADDING = { lat: 10, lon: 15 } as const;

export interface BasemapMeta {
  source: string;
  /** The dataset region the basemap was made for: the map opens fitted to it, before the dataset has arrived. */
  region: Bounds;
  /** The area the geometry covers: [[south, west], [north, east]]. */
  window: Bounds;
}

export interface CountryProperties {
  name: string;
  /** Where the country's name goes: the centroid of its largest part, [lat, lon] to 4 decimals (geo-shape.ts). */
  label: [number, number];
  /** The bounds of its shape in the basemap, rounded outwards to 4 decimals. */
  bounds: Bounds;
}

export type CountryGeometry = (Polygon<CountryProperties> | MultiPolygon<CountryProperties>) & {
  id?: string;
  properties: CountryProperties;
};

export interface BasemapTopology extends Topology {
  transform: Transform;
  objects: { countries: { type: 'GeometryCollection'; geometries: CountryGeometry[] } };
  meta: BasemapMeta;
}

export function basemapWindow(region: Bounds): Bounds {
  const [[south, west], [north, east]] = region;
  return [
    [Math.max(-85, south - BASEMAP_PADDING.lat), Math.max(-180, west - BASEMAP_PADDING.lon)],
    [Math.min(85, north + BASEMAP_PADDING.lat), Math.min(180, east + BASEMAP_PADDING.lon)],
  ];
}

type Point = [number, number];

interface Grid {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function decodeArcs(arcs: Arc[]): Point[][] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)] as Point);
  });
}

function gridOf(window: Bounds, { scale: [sx, sy], translate: [tx, ty] }: Transform): Grid {
  const [[south, west], [north, east]] = window;
  return {
    x0: Math.floor((west - tx) / sx),
    x1: Math.ceil((east - tx) / sx),
    y0: Math.floor((south - ty) / sy),
    y1: Math.ceil((north - ty) / sy),
  };
}

/** The same boundary line of the window: both points on the west, east, south or north edge. */
function onSameEdge(a: Point, b: Point, g: Grid): boolean {
  return (
    (a[0] === b[0] && (a[0] === g.x0 || a[0] === g.x1)) || (a[1] === b[1] && (a[1] === g.y0 || a[1] === g.y1))
  );
}

function clampArc(arc: Point[], g: Grid): Point[] {
  const out: Point[] = [];
  for (const [x, y] of arc) {
    const p: Point = [Math.min(g.x1, Math.max(g.x0, x)), Math.min(g.y1, Math.max(g.y0, y))];
    const last = out[out.length - 1];
    const prev = out[out.length - 2];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    if (last && prev && onSameEdge(prev, last, g) && onSameEdge(last, p, g) && (prev[0] === p[0] || prev[1] === p[1])) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  // An arc needs two positions; one that collapsed to a point keeps it twice so the ring it belongs to still closes.
  if (out.length === 1) out.push(out[0]!);
  return out;
}

function ringPoints(ring: number[], arcAt: (index: number) => Point[]): Point[] {
  const points: Point[] = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcAt(index) : [...arcAt(~index)].reverse();
    points.push(...(points.length > 0 ? arc.slice(1) : arc));
  }
  return points;
}

/** Twice the signed area (exact on the integer grid). */
function ringArea2(points: Point[]): number {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += (points[j]![0] - points[i]![0]) * (points[j]![1] + points[i]![1]);
  }
  return sum;
}

function boxOf(polygons: number[][][], arcs: Point[][]): Grid {
  const box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const index of ring) {
        for (const [x, y] of arcs[index < 0 ? ~index : index]!) {
          box.x0 = Math.min(box.x0, x);
          box.x1 = Math.max(box.x1, x);
          box.y0 = Math.min(box.y0, y);
          box.y1 = Math.max(box.y1, y);
        }
      }
    }
  }
  return box;
}

/** A geometry's polygons as rings of arc indices (none for a geometry that is not a polygon). */
export function polygonArcs(geometry: GeometryObject<Properties>): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

function nameOf(geometry: GeometryObject<Properties>): string {
  const name = (geometry.properties as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : '';
}

/**
 * Trims a world-atlas topology to `window`. `objectName` is the GeometryCollection of countries in the source.
 */
export function trimTopology(source: Topology, window: Bounds, meta: Omit<BasemapMeta, 'window'>, objectName = 'countries'): BasemapTopology {
  const { transform } = source;
  if (!transform) throw new Error('expected a quantised topology (with a transform)');
  const collection = source.objects[objectName];
  if (collection?.type !== 'GeometryCollection') throw new Error(`expected objects.${objectName} to be a GeometryCollection`);

  const arcs = decodeArcs(source.arcs);
  const grid = gridOf(window, transform);
  const clamped = new Map<number, Point[]>();
  const clampedArc = (index: number): Point[] => {
    let arc = clamped.get(index);
    if (!arc) clamped.set(index, (arc = clampArc(arcs[index]!, grid)));
    return arc;
  };

  const kept: { geometry: GeometryObject<Properties>; polygons: number[][][] }[] = [];
  for (const geometry of collection.geometries) {
    const all = polygonArcs(geometry);
    const box = boxOf(all, arcs);
    if (box.x1 < grid.x0 || box.x0 > grid.x1 || box.y1 < grid.y0 || box.y0 > grid.y1) continue;
    const polygons = all
      .map((polygon) => polygon.filter((ring) => ringArea2(ringPoints(ring, clampedArc)) !== 0))
      // A polygon whose outer ring collapsed is gone, holes and all.
      .filter((polygon, i) => polygon[0] === all[i]![0]);
    if (polygons.length > 0) kept.push({ geometry, polygons });
  }

  const used = [...new Set(kept.flatMap((k) => k.polygons.flat(2).map((i) => (i < 0 ? ~i : i))))].sort((a, b) => a - b);
  const renumber = new Map(used.map((old, index) => [old, index]));
  const reindex = (i: number) => (i < 0 ? ~renumber.get(~i)! : renumber.get(i)!);

  const shapes = kept.map(({ geometry, polygons }) => {
    const rings = polygons.map((polygon) => polygon.map((ring) => ring.map(reindex)));
    const id = geometry.id != null ? { id: String(geometry.id) } : {};
    const arcs = rings.length === 1 ? { type: 'Polygon' as const, arcs: rings[0]! } : { type: 'MultiPolygon' as const, arcs: rings };
    return { ...arcs, ...id, properties: { name: nameOf(geometry) } };
  });

  const encoded = used.map((old) => {
    let px = 0;
    let py = 0;
    return clampedArc(old).map(([x, y]) => {
      const delta = [x - px, y - py];
      px = x;
      py = y;
      return delta;
    });
  });

  const [[south, west], [north, east]] = window;
  const topology = {
    type: 'Topology' as const,
    bbox: [west, south, east, north] as [number, number, number, number],
    transform: { scale: transform.scale, translate: transform.translate },
    objects: { countries: { type: 'GeometryCollection' as const, geometries: shapes } },
    arcs: encoded,
    meta: { ...meta, window },
  };
  // Each country's name point and bounds, from its trimmed shape.
  const geometries = shapes.map((geometry): CountryGeometry => {
    const shape = (feature(topology, geometry) as Feature).geometry as GeoPolygon | GeoMultiPolygon;
    const { lat, lon } = labelPoint(shape);
    const [[s, w], [n, e]] = shapeBounds(shape);
    const label: [number, number] = [round(lat, Math.round), round(lon, Math.round)];
    const bounds: Bounds = [
      [round(s, Math.floor), round(w, Math.floor)],
      [round(n, Math.ceil), round(e, Math.ceil)],
    ];
    return { ...geometry, properties: { ...geometry.properties, label, bounds } };
  });
  return { ...topology, objects: { countries: { type: 'GeometryCollection', geometries } } };
}

/** To 4 decimals (about 11 m), in the direction given. */
function round(value: number, direction: (x: number) => number): number {
  return direction(value * 1e4) / 1e4;
}

/** The generated file's text: stable, one arc per line so a change reads as a small diff. */
export function serialiseBasemap(topology: BasemapTopology): string {
  const { arcs, ...rest } = topology;
  const head = JSON.stringify({ ...rest, arcs: [] });
  return `${head.slice(0, -2)}\n${arcs.map((arc) => JSON.stringify(arc)).join(',\n')}\n]}\n`;
}

/**
 * The generated file's text from world-atlas's countries-50m topology (of the given package version) and the
 * dataset's region: what scripts/basemap/build.ts writes and the sync test compares.
 */
export function generateBasemapText(worldAtlas: Topology, worldAtlasVersion: string, region: Bounds): string {
  const source = `Natural Earth 1:50m admin 0 countries, via world-atlas ${worldAtlasVersion} (countries-50m.json); public domain`;
  return serialiseBasemap(trimTopology(worldAtlas, basemapWindow(region), { source, region }));
}
