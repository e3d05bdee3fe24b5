/**
 * The map's layers, derived once per dataset and basemap: the entities' countries in the basemap (with the points
 * their names and tooltips go and their bounds, which the basemap carries: no shape is decoded), corridor stretches as
 * GeoJSON (one feature per drawing part, ordered bottom to top) and label points.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { corridorRoute, matchesMapKey, type Basemap, type Bounds, type CorridorRoute, type LatLngTuple } from './geo';
import { CORRIDOR_PARTS, type CorridorPart } from './geo-style';
import type { Dataset, Entity, EntityId } from './schema';

/** An entity on the map: which country of the basemap it is. */
export interface StateShape {
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
  /** The stretch it is on (null: the main route): its status in the year decides how it is drawn. */
  stretch: string | null;
  anchor: LatLngTuple;
}

export interface EntityLabel {
  entity: Entity;
  point: LatLngTuple;
  /** Too small to hold its name: the label goes beside the shape. */
  small: boolean;
}

export interface MapFeatures {
  states: StateShape[];
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

/** A point on the route to open its tooltip at: the middle vertex of its longest line. */
export function routeAnchor(route: CorridorRoute): LatLngTuple | null {
  const longest = [...route.lines].sort((a, b) => b.points.length - a.points.length)[0];
  return longest ? (longest.points[Math.floor((longest.points.length - 1) / 2)] ?? null) : null;
}

export function mapFeatures(dataset: Dataset, basemap: Basemap): MapFeatures {
  const geometries = basemap.topology.objects.countries.geometries;
  const states: StateShape[] = [];
  const missing: Entity[] = [];
  const labels: EntityLabel[] = [];
  const stateBounds = new Map<EntityId, Bounds>();
  for (const entity of dataset.entities) {
    const country = geometries.findIndex((g) => matchesMapKey(entity.mapKey, g));
    const properties = geometries[country]?.properties;
    if (!properties) {
      missing.push(entity);
      continue;
    }
    const point: LatLngTuple = [...properties.label];
    states.push({ entityId: entity.id, name: entity.name, anchor: point, country });
    labels.push({ entity, point, small: entity.area.totalKm2 < SMALL_ENTITY_KM2 });
    stateBounds.set(entity.id, properties.bounds);
  }

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
          properties: { corridorId: corridor.id, part, approximate: line.approximate, stretch: line.stretch, anchor },
        });
      }
    }
  }

  return {
    states,
    corridors: { type: 'FeatureCollection', features: corridors },
    routes,
    labels,
    missing,
    stateBounds,
  };
}
