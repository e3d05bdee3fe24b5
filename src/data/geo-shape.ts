/**
 * Plain geometry of a country's shape (GeoJSON polygons, in degrees): where its name goes, its bounds, and whether a
 * point lies inside it. The basemap's generator stores each country's name point and bounds (see geo-basemap.ts), so
 * that the map needs no shape decoded to place names or fit a selection.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [[south, west], [north, east]] in degrees. */
export type Bounds = [[number, number], [number, number]];

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Signed area and centroid of a ring, in degrees (planar; good enough to place a label). */
function ringCentroid(ring: Position[]): { area: number; lat: number; lon: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j]!;
    const [x1 = 0, y1 = 0] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? { area, lon: ring[0]?.[0] ?? 0, lat: ring[0]?.[1] ?? 0 } : { area, lon: cx / (6 * area), lat: cy / (6 * area) };
}

/** Where to put the name: the centroid of the largest part (so Azerbaijan's label sits on the mainland, not Nakhchivan). */
export function labelPoint(geometry: Polygon | MultiPolygon): { lat: number; lon: number } {
  let best = { area: 0, lat: 0, lon: 0 };
  for (const polygon of polygonsOf(geometry)) {
    const outer = polygon[0];
    if (!outer) continue;
    const c = ringCentroid(outer);
    if (Math.abs(c.area) > Math.abs(best.area)) best = c;
  }
  return { lat: best.lat, lon: best.lon };
}

/** The smallest bounds holding every point of the shape. */
export function shapeBounds(geometry: Polygon | MultiPolygon): Bounds {
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [lon = 0, lat = 0] of ring) {
        south = Math.min(south, lat);
        north = Math.max(north, lat);
        west = Math.min(west, lon);
        east = Math.max(east, lon);
      }
    }
  }
  return [
    [south, west],
    [north, east],
  ];
}

/** Is the point inside the shape (any part, outside its holes)? Even-odd rule. */
export function containsPoint(geometry: Polygon | MultiPolygon, lat: number, lon: number): boolean {
  return polygonsOf(geometry).some((polygon) => {
    let inside = false;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i]!;
        const [xj = 0, yj = 0] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}
