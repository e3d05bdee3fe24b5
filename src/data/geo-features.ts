/**
 * The map's layers as GeoJSON, derived once per dataset and basemap: entity shapes, the land beneath, corridor
 * stretches (one feature per drawing part, ordered bottom to top) and label points.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { corridorRoute, entityShapes, labelPoint, type Basemap, type Bounds, type CorridorRoute, type LatLngTuple } from './geo';
import { CORRIDOR_PARTS, type CorridorPart } from './geo-style';
import type { Dataset, Entity, EntityId } from './schema';

export interface StateFeatureProps {
  entityId: EntityId;
  name: string;
  /** Where the entity's tooltip opens when it is shown from the list. */
  anchor: LatLngTuple;
  /** The country's place among the basemap's geometries, and so in its projected land (geo-land.ts). */
  country: number;
}

export interface CorridorFeatureProps {
  corridorId: string;
  part: CorridorPart;
  approximate: boolean;
  anchor: LatLngTuple;
}

export interface EntityLabel {
  entity: Entity;
  point: LatLngTuple;
  /** Too small to hold its name: the label goes beside the shape. */
  small: boolean;
}

export interface MapFeatures {
  states: FeatureCollection<Polygon | MultiPolygon, StateFeatureProps>;
  corridors: FeatureCollection<LineString, CorridorFeatureProps>;
  routes: ReadonlyMap<string, CorridorRoute>;
  labels: EntityLabel[];
  /** Entities with no shape in the basemap (listed, not drawn). */
  missing: Entity[];
  /** Bounds of each entity's shape, to bring a selected state into view. */
  stateBounds: ReadonlyMap<EntityId, Bounds>;
}

/** Below this area (km²) a name does not fit inside the shape at the region's scale. */
export const SMALL_ENTITY_KM2 = 20_000;

/** The bounds of a shape. (Plain loops: this runs once, on the load's critical path, before the code is warm.) */
function boundsOf(geometry: Polygon | MultiPolygon): Bounds {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length; i++) {
        const [lon = 0, lat = 0] = ring[i]!;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
        if (lon < west) west = lon;
        if (lon > east) east = lon;
      }
    }
  }
  return [
    [south, west],
    [north, east],
  ];
}

/** A point on the route to open its tooltip at: the middle vertex of its longest line. */
export function routeAnchor(route: CorridorRoute): LatLngTuple | null {
  const longest = [...route.lines].sort((a, b) => b.points.length - a.points.length)[0];
  return longest ? (longest.points[Math.floor((longest.points.length - 1) / 2)] ?? null) : null;
}

export function mapFeatures(dataset: Dataset, basemap: Basemap): MapFeatures {
  const { shapes, missing } = entityShapes(basemap, dataset.entities);
  const labels: EntityLabel[] = [];
  const stateBounds = new Map<EntityId, Bounds>();
  const states: Feature<Polygon | MultiPolygon, StateFeatureProps>[] = shapes.map(({ entity, country, index }) => {
    const { lat, lon } = labelPoint(country);
    labels.push({ entity, point: [lat, lon], small: entity.area.totalKm2 < SMALL_ENTITY_KM2 });
    stateBounds.set(entity.id, boundsOf(country.geometry));
    return {
      type: 'Feature',
      geometry: country.geometry,
      properties: { entityId: entity.id, name: entity.name, anchor: [lat, lon], country: index },
    };
  });

  const routes = new Map(dataset.corridors.map((c) => [c.id, corridorRoute(c)]));
  const corridors: Feature<LineString, CorridorFeatureProps>[] = [];
  for (const part of CORRIDOR_PARTS) {
    for (const corridor of dataset.corridors) {
      const route = routes.get(corridor.id)!;
      const anchor = routeAnchor(route);
      if (!anchor) continue;
      for (const line of route.lines) {
        // The band is only drawn where the course is approximate.
        if (part === 'band' && !line.approximate) continue;
        corridors.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: line.points.map(([lat, lon]) => [lon, lat]) },
          properties: { corridorId: corridor.id, part, approximate: line.approximate, anchor },
        });
      }
    }
  }

  return {
    states: { type: 'FeatureCollection', features: states },
    corridors: { type: 'FeatureCollection', features: corridors },
    routes,
    labels,
    missing,
    stateBounds,
  };
}
