import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/render';
import type { Feature, MultiPolygon } from 'geojson';
import { corridorRoute, entityShapes, matchesMapKey } from './geo';
import { containsPoint, labelPoint } from './geo-shape';
import { mapFeatures, routeAnchor } from './geo-features';
import { decodeBasemap } from './geo';
import type { BasemapTopology } from './geo-basemap';
import basemapJson from './basemap.json';
import type { Corridor, Waypoint } from './schema';

const dataset = loadBundledDataset();
const corridor = (id: string) => dataset.corridors.find((c) => c.id === id)!;
const names = (route: ReturnType<typeof corridorRoute>) =>
  route.lines.map((line) =>
    line.points.map(([lat, lon]) => dataset.corridors.flatMap((c) => c.waypoints).find((w) => w.location?.lat === lat && w.location.lon === lon)?.name.split(' ')[0]),
  );

function waypoint(name: string, lat: number | null, extra: Partial<Waypoint> = {}): Waypoint {
  return { name, country: 'KZ', location: lat == null ? null : { lat, lon: lat }, approximate: false, role: 'test', sources: ['s'], ...extra };
}
function testCorridor(waypoints: Waypoint[]): Corridor {
  return { ...corridor('baku-tbilisi-kars'), waypoints };
}

describe('corridorRoute', () => {
  it('joins the waypoints in order, marking stretches to approximate points', () => {
    const route = corridorRoute(corridor('baku-tbilisi-kars'));
    // Ganja is an approximate position in this corridor: both stretches touching it are approximate.
    expect(route.lines.map((l) => [l.points.length, l.approximate])).toEqual([
      [3, true],
      [3, false],
    ]);
    expect(route.bounds).toEqual([
      [40.2343, 43.08548],
      [41.69143, 49.5256],
    ]);
  });

  it('bridges a waypoint without a published position with an approximate stretch, and lists it', () => {
    const route = corridorRoute(corridor('china-kyrgyzstan-uzbekistan'));
    expect(route.unplaced.map((w) => w.name)).toEqual(['Makmal']);
    expect(names(route)).toEqual([['Kashgar', 'Torugart'], ['Torugart', 'Jalal-Abad'], ['Jalal-Abad', 'Andijan']]);
    expect(route.lines.map((l) => l.approximate)).toEqual([false, true, false]);
  });

  it('draws alternatives (entry options, ports) side by side and branches from the main line', () => {
    const route = corridorRoute(corridor('middle-corridor'));
    const edges = new Set(names(route).flatMap((line) => line.slice(1).map((to, i) => `${line[i]}→${to}`)));
    expect([...edges].sort()).toEqual(
      [
        // Both border crossings lead to both Caspian ports, which both lead to Baku…
        'Khorgos→Aktau', 'Khorgos→Kuryk', 'Dostyk→Aktau', 'Dostyk→Kuryk', 'Aktau→Port', 'Kuryk→Port',
        'Port→Ganja', 'Ganja→Tbilisi',
        // …and both branches leave from Tbilisi, the last main-line stop before them.
        'Tbilisi→Akhalkalaki', 'Akhalkalaki→Kars', 'Kars→Istanbul', 'Tbilisi→Poti', 'Poti→Constanța',
      ].sort(),
    );
    expect(route.lines.every((l) => !l.approximate)).toBe(true);
  });

  it('handles a corridor whose first stops have no position, and one with fewer than two placed', () => {
    const route = corridorRoute(testCorridor([waypoint('A', null), waypoint('B', 10), waypoint('C', 20, { approximate: true })]));
    expect(route.lines).toEqual([{ approximate: true, stretch: null, points: [[10, 10], [20, 20]] }]);
    const single = corridorRoute(testCorridor([waypoint('A', null), waypoint('B', 10)]));
    expect(single.lines).toEqual([]);
    expect(single.bounds).toBeNull();
    expect(routeAnchor(single)).toBeNull();
  });

  it('joins a branch across an unplaced main-line stop with an approximate stretch', () => {
    const route = corridorRoute(
      testCorridor([waypoint('A', 1), waypoint('B', 2), waypoint('X', null), waypoint('C', 3, { branch: 'side' }), waypoint('D', 4, { branch: 'side' })]),
    );
    expect(route.lines).toEqual([
      { approximate: false, stretch: null, points: [[1, 1], [2, 2]] },
      { approximate: true, stretch: null, points: [[2, 2], [3, 3]] },
      { approximate: false, stretch: null, points: [[3, 3], [4, 4]] },
    ]);
  });

  it('splits the route where a stretch with dates of its own begins, each edge on the stretch of the point it leads to', () => {
    const route = corridorRoute(
      testCorridor([waypoint('A', 1, { stretch: 'one' }), waypoint('B', 2, { stretch: 'one' }), waypoint('C', 3, { stretch: 'two' }), waypoint('D', 4, { stretch: 'two' })]),
    );
    expect(route.lines).toEqual([
      { approximate: false, stretch: 'one', points: [[1, 1], [2, 2]] },
      { approximate: false, stretch: 'two', points: [[2, 2], [3, 3], [4, 4]] },
    ]);
  });

  it('draws the Southern Gas Corridor as its four dated sections', () => {
    const stretches = corridorRoute(corridor('southern-gas-corridor')).lines.map((l) => l.stretch);
    expect(new Set(stretches)).toEqual(new Set(['scp', 'tanap-posof-eskisehir', 'tanap-eskisehir-ipsala', 'tap']));
  });
});

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('shapes', () => {
  const country: Feature<MultiPolygon, { name: string }> = {
    type: 'Feature',
    id: '031',
    properties: { name: 'Testland' },
    geometry: { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, 10, 4), square(11, 11, 1)]] },
  };

  it('are matched by ISO numeric code, or by name where Natural Earth has no code', () => {
    expect(matchesMapKey({ isoNumeric: '031' }, country)).toBe(true);
    expect(matchesMapKey({ isoNumeric: '032' }, country)).toBe(false);
    expect(matchesMapKey({ name: 'Testland' }, { ...country, id: undefined })).toBe(true);
  });

  it('are labelled on their largest part', () => {
    const { lat, lon } = labelPoint(country.geometry);
    // The centre of the big square's outer ring: not the small square's, and not pulled by the hole.
    expect(lat).toBeCloseTo(12, 9);
    expect(lon).toBeCloseTo(12, 9);
  });

  it('contain points inside a part but not inside its holes', () => {
    expect(containsPoint(country.geometry, 0.5, 0.5)).toBe(true);
    expect(containsPoint(country.geometry, 11.5, 11.5)).toBe(false);
    expect(containsPoint(country.geometry, 10.5, 10.5)).toBe(true);
    expect(containsPoint(country.geometry, 5, 5)).toBe(false);
  });

  const basemap = decodeBasemap(basemapJson as unknown as BasemapTopology);
  const features = mapFeatures(dataset, basemap);
  const decoded = new Map(entityShapes(basemap, dataset.entities).shapes.map(({ entity, country }) => [entity.id, country]));

  it('place every entity’s label inside its own shape, at the point the basemap stores for it', () => {
    for (const label of features.labels) {
      const shape = decoded.get(label.entity.id)!;
      expect(containsPoint(shape.geometry, label.point[0], label.point[1]), label.entity.name).toBe(true);
      const { lat, lon } = labelPoint(shape.geometry);
      expect(label.point[0]).toBeCloseTo(lat, 4);
      expect(label.point[1]).toBeCloseTo(lon, 4);
    }
    expect(features.labels.filter((l) => l.small).map((l) => l.entity.id)).toEqual(['CYN']);
  });

  it('bound each entity’s shape, to the stored 4 decimals: every point within, a point near each edge', () => {
    expect([...features.stateBounds.keys()].sort()).toEqual(dataset.entities.map((e) => e.id).sort());
    for (const { entityId, name } of features.states) {
      const [[south, west], [north, east]] = features.stateBounds.get(entityId)!;
      const { geometry } = decoded.get(entityId)!;
      const points = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2);
      expect(points.every(([lon = 0, lat = 0]) => lat >= south && lat <= north && lon >= west && lon <= east), name).toBe(true);
      const near = (a: number, b: number) => Math.abs(a - b) <= 1e-4;
      expect([south, north].every((edge) => points.some(([, lat = 0]) => near(lat, edge))), name).toBe(true);
      expect([west, east].every((edge) => points.some(([lon = 0]) => near(lon, edge))), name).toBe(true);
    }
  });
});
