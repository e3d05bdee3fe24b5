/**
 * Pure geometry for the map: the basemap's country shapes keyed to the dataset's entities, label points, and the
 * corridors' routes through their waypoints.
 */
import { queryOptions } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Bounds, BasemapTopology, CountryGeometry, CountryProperties } from './geo-basemap';
import type { Corridor, Entity, EntityId, Waypoint } from './schema';

export type { Bounds } from './geo-basemap';

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface Basemap {
  /** The area the shapes cover; the map never shows more than this. */
  window: Bounds;
  /** The region the basemap was made for (the bundled dataset's): where the map opens before any dataset has arrived. */
  region: Bounds;
  /** Where the shapes come from, for the attribution. */
  source: string;
  /**
   * The shapes: drawn all together as the land, and the dataset's states from the same projected paths (geo-land.ts);
   * each country's name point and bounds are stored with it, so the map decodes none (entityShapes does, for tools
   * and tests).
   */
  topology: BasemapTopology;
}

export function decodeBasemap(topology: BasemapTopology): Basemap {
  return {
    window: topology.meta.window,
    region: topology.meta.region,
    source: topology.meta.source,
    topology,
  };
}

function toFeature(topology: BasemapTopology, geometry: CountryGeometry): CountryFeature {
  const decoded = feature(topology, geometry) as Feature;
  return {
    type: 'Feature',
    ...(geometry.id != null ? { id: String(geometry.id) } : {}),
    properties: geometry.properties,
    geometry: decoded.geometry as Polygon | MultiPolygon,
  };
}

/** Every country of the basemap as GeoJSON (decoding them all: for tools and tests, not for the first screen). */
export function basemapCountries(topology: BasemapTopology): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  return { type: 'FeatureCollection', features: topology.objects.countries.geometries.map((g) => toFeature(topology, g)) };
}

let basemapModule: Promise<Basemap> | undefined;
let loaded: Basemap | undefined;

/** The generated basemap, loaded once as its own chunk. Call early to start the download. */
export function loadBasemap(): Promise<Basemap> {
  basemapModule ??= import('./basemap.json').then(
    (m) => (loaded = decodeBasemap(m.default as unknown as BasemapTopology)),
    (error: unknown) => {
      basemapModule = undefined; // so that a retry loads it again
      throw error;
    },
  );
  return basemapModule;
}

/**
 * The basemap in the query cache. When the download started early has already finished, the cache starts with it, so
 * the map draws in the same render as the views around it rather than one round trip later.
 */
export const basemapQuery = () =>
  queryOptions({
    queryKey: ['basemap'] as const,
    queryFn: loadBasemap,
    initialData: () => loaded,
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** Does a country shape stand for the entity? By ISO numeric code, or by Natural Earth's name for shapes without one. */
export function matchesMapKey(mapKey: Entity['mapKey'], country: { id?: string | number; properties: Pick<CountryProperties, 'name'> }): boolean {
  return 'isoNumeric' in mapKey ? country.id === mapKey.isoNumeric : country.properties.name === mapKey.name;
}

export interface EntityShapes {
  /** The shape of each entity that has one, in dataset order. */
  shapes: { entity: Entity; country: CountryFeature }[];
  /** Entities the basemap has no shape for. */
  missing: Entity[];
}

const decodedShapes = new WeakMap<CountryGeometry, CountryFeature>();

/** The entities' shapes as GeoJSON, decoded from the topology (each country once, however many datasets ask for it). */
export function entityShapes(basemap: Basemap, entities: readonly Entity[]): EntityShapes {
  const shapes: EntityShapes['shapes'] = [];
  const missing: Entity[] = [];
  const geometries = basemap.topology.objects.countries.geometries;
  for (const entity of entities) {
    const geometry = geometries.find((g) => matchesMapKey(entity.mapKey, g));
    if (!geometry) {
      missing.push(entity);
      continue;
    }
    let country = decodedShapes.get(geometry);
    if (!country) decodedShapes.set(geometry, (country = toFeature(basemap.topology, geometry)));
    shapes.push({ entity, country });
  }
  return { shapes, missing };
}

export type LatLngTuple = [number, number];

/** A stretch of a corridor drawn as one line. */
export interface RouteLine {
  points: LatLngTuple[];
  /** True when a waypoint on it is approximate, or the stretch passes places with no published position. */
  approximate: boolean;
  /** The corridor's stretch it belongs to (drawn by that stretch's status), or null for the main route. */
  stretch: string | null;
}

export interface CorridorRoute {
  lines: RouteLine[];
  /** Waypoints with a position, drawn as points. */
  placed: Waypoint[];
  /** Waypoints no source gives a position for: listed, not drawn. */
  unplaced: Waypoint[];
  /** [[south, west], [north, east]] of the drawn points; null when fewer than two are placed. */
  bounds: Bounds | null;
}

interface Edge {
  from: Waypoint;
  to: Waypoint;
  approximate: boolean;
}

/** An edge belongs to the stretch of the point it leads to. */
const stretchOf = (edge: Edge) => edge.to.stretch ?? null;

const isTrunk = (w: Waypoint) => w.branch == null || w.branch.startsWith('main');
/** "main (entry option A)" and "main (entry option B)" are alternatives for the same stretch. */
const optionKey = (w: Waypoint) => (w.branch && /\boption\b/.test(w.branch) ? w.branch.replace(/\boption [A-Z]\b/, 'option') : null);

/**
 * A run of route points: its waypoints in order, each a set of alternatives (ports or border crossings of which the
 * sources name several). Unplaced waypoints are kept so the stretch across them can be marked approximate.
 */
type Stage = Waypoint[];

function stagesOf(waypoints: Waypoint[]): Stage[] {
  const stages: Stage[] = [];
  let previousKey: string | null = null;
  for (const w of waypoints) {
    const key = optionKey(w);
    const last = stages[stages.length - 1];
    if (key != null && key === previousKey && last) last.push(w);
    else stages.push([w]);
    previousKey = key;
  }
  return stages;
}

/** Edges between consecutive stages, bridging stages with no placed waypoint (those edges are approximate). */
function chainEdges(stages: Stage[]): Edge[] {
  const edges: Edge[] = [];
  let from: Waypoint[] = [];
  let bridged = false;
  for (const stage of stages) {
    const placed = stage.filter((w) => w.location != null);
    if (placed.length === 0) {
      bridged = from.length > 0;
      continue;
    }
    for (const a of from) {
      for (const b of placed) edges.push({ from: a, to: b, approximate: bridged || a.approximate || b.approximate });
    }
    from = placed;
    bridged = false;
  }
  return edges;
}

/** Joins edges that follow on from each other, on the same stretch and with the same approximate flag, into lines. */
function linesOf(edges: Edge[]): RouteLine[] {
  const lines: { last: Waypoint; line: RouteLine }[] = [];
  for (const edge of edges) {
    const open = lines.find((l) => l.last === edge.from && l.line.approximate === edge.approximate && l.line.stretch === stretchOf(edge));
    const to = edge.to.location!;
    if (open) {
      open.line.points.push([to.lat, to.lon]);
      open.last = edge.to;
    } else {
      const from = edge.from.location!;
      lines.push({ last: edge.to, line: { approximate: edge.approximate, stretch: stretchOf(edge), points: [[from.lat, from.lon], [to.lat, to.lon]] } });
    }
  }
  return lines.map((l) => l.line);
}

/**
 * The corridor as lines through its waypoints, in route order. The main line runs through its stages (alternatives
 * each joined to the next stage); a named branch leaves from the main-line stage listed just before it.
 */
export function corridorRoute(corridor: Corridor): CorridorRoute {
  const edges: Edge[] = [];
  const trunk: Waypoint[] = [];
  const waypoints = corridor.waypoints;
  for (let i = 0; i < waypoints.length; ) {
    const w = waypoints[i]!;
    if (isTrunk(w)) {
      trunk.push(w);
      i++;
      continue;
    }
    const branch: Waypoint[] = [];
    while (i < waypoints.length && waypoints[i]!.branch === w.branch) branch.push(waypoints[i++]!);
    // From the last main-line stage with a position on: across any unplaced stage after it, the join is approximate.
    const stages = stagesOf(trunk);
    const lastPlaced = stages.findLastIndex((s) => s.some((p) => p.location != null));
    const tail = lastPlaced >= 0 ? stages.slice(lastPlaced) : [];
    edges.push(...chainEdges([...tail, ...branch.map((b) => [b])]));
  }
  edges.unshift(...chainEdges(stagesOf(trunk)));

  const placed = waypoints.filter((w) => w.location != null);
  const lats = placed.map((w) => w.location!.lat);
  const lons = placed.map((w) => w.location!.lon);
  return {
    lines: linesOf(edges),
    placed,
    unplaced: waypoints.filter((w) => w.location == null),
    bounds:
      placed.length >= 2
        ? [
            [Math.min(...lats), Math.min(...lons)],
            [Math.max(...lats), Math.max(...lons)],
          ]
        : null,
  };
}

/** The entity ids a corridor's highlight covers. */
export function crossedIds(corridor: Corridor | undefined): ReadonlySet<EntityId> {
  return new Set(corridor?.crosses ?? []);
}
