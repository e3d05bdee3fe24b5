/**
 * The land as the map draws it: each country of the basemap as one SVG path, in Web Mercator pixels at the map's
 * deepest zoom, measured from the north-west corner of the basemap's window. The map lays the paths over the window
 * as one SVG image, which the browser scales as the map zooms, rather than as a hundred Leaflet polygons whose points
 * Leaflet would turn into objects, project, clip and simplify at every zoom. One unit is one screen pixel at the
 * deepest zoom, so rounding to whole units changes nothing that can be seen.
 *
 * Made from the topology's arcs, so that a border two countries share is projected once.
 */
import { polygonArcs, type BasemapTopology, type Bounds } from './geo-basemap';

/** The map's deepest zoom (the map is bounded by it); the land's units are its pixels. */
export const DEEPEST_ZOOM = 8;

export interface LandPath {
  /** Natural Earth's name of the country. */
  name: string;
  /** SVG path data: every ring of the country, relative moves in whole units. Fill it even-odd (holes are rings). */
  d: string;
}

export interface ProjectedLand {
  /** The window's size in units (Web Mercator pixels at DEEPEST_ZOOM). */
  width: number;
  height: number;
  countries: LandPath[];
}

/** Where Web Mercator stops (Leaflet's SphericalMercator.MAX_LATITUDE). */
const MAX_LATITUDE = 85.0511287798;
const RADIANS = Math.PI / 180;

/** Web Mercator's y of a latitude, as a fraction of the world's height from its top. */
function mercatorY(lat: number): number {
  const sin = Math.sin(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RADIANS);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** Web Mercator as Leaflet's EPSG:3857 draws it: pixels from the world's north-west corner at `zoom`. */
export function mercatorPixel(lat: number, lon: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  return [size * (lon / 360 + 0.5), size * mercatorY(lat)];
}

/** One ring as `M x y l dx dy …z`, or '' when it is smaller than a unit (nothing to draw at any zoom). */
function ringPath(ring: number[], arcs: Int32Array[]): string {
  let path = '';
  let steps = 0;
  let started = false;
  let px = 0;
  let py = 0;
  for (const index of ring) {
    const xy = arcs[index < 0 ? ~index : index]!;
    const n = xy.length / 2;
    // Arcs meet end to start: after the first, each arc's first point is the last one's end.
    for (let k = started ? 1 : 0; k < n; k++) {
      const j = index < 0 ? n - 1 - k : k;
      const x = xy[2 * j]!;
      const y = xy[2 * j + 1]!;
      if (!started) {
        path = `M${x} ${y}l`;
        started = true;
      } else if (x !== px || y !== py) {
        path += steps++ === 0 ? `${x - px} ${y - py}` : ` ${x - px} ${y - py}`;
      }
      px = x;
      py = y;
    }
  }
  return steps >= 2 ? `${path}z` : '';
}

const projected = new WeakMap<BasemapTopology, ProjectedLand>();

/**
 * The basemap's land projected at the deepest zoom, once per basemap: the land beneath and the dataset's states over
 * it are drawn from the same paths.
 */
export function projectedLand(topology: BasemapTopology): ProjectedLand {
  let land = projected.get(topology);
  if (!land) projected.set(topology, (land = projectLand(topology)));
  return land;
}

/** The basemap's countries as SVG paths over its window (see the module's comment), in the order of its geometries. */
export function projectLand(topology: BasemapTopology, zoom = DEEPEST_ZOOM): ProjectedLand {
  const {
    transform: {
      scale: [kx, ky],
      translate: [tx, ty],
    },
    meta: {
      window: [[south, west], [north, east]],
    },
  } = topology;
  const size = 256 * 2 ** zoom;
  const [x0, y0] = mercatorPixel(north, west, zoom);
  const [x1, y1] = mercatorPixel(south, east, zoom);
  // Each arc once, in whole units from the corner. (Written as plain loops: this runs once, before the code is warm.)
  const arcs = topology.arcs.map((arc) => {
    const xy = new Int32Array(arc.length * 2);
    let qx = 0;
    let qy = 0;
    for (let i = 0; i < arc.length; i++) {
      const delta = arc[i]!;
      qx += delta[0]!;
      qy += delta[1]!;
      xy[2 * i] = Math.round(size * ((qx * kx + tx) / 360 + 0.5) - x0);
      xy[2 * i + 1] = Math.round(size * mercatorY(qy * ky + ty) - y0);
    }
    return xy;
  });
  const countries = topology.objects.countries.geometries.map((geometry) => {
    let d = '';
    for (const polygon of polygonArcs(geometry)) for (const ring of polygon) d += ringPath(ring, arcs);
    return { name: geometry.properties.name, d };
  });
  return { width: x1 - x0, height: y1 - y0, countries };
}

/**
 * A line through points ([lat, lon]) as SVG path data in the same units as the land over `window` (see projectLand):
 * `M x y L x y …`, in whole units. Repeated points (at that precision) are drawn once.
 */
export function linePath(window: Bounds, points: readonly (readonly [number, number])[], zoom = DEEPEST_ZOOM): string {
  const [[, west], [north]] = window;
  const [x0, y0] = mercatorPixel(north, west, zoom);
  let d = '';
  let last = '';
  for (const [lat, lon] of points) {
    const [x, y] = mercatorPixel(lat, lon, zoom);
    const point = `${Math.round(x - x0)} ${Math.round(y - y0)}`;
    if (point === last) continue;
    d += `${d ? 'L' : 'M'}${point}`;
    last = point;
  }
  return d;
}

