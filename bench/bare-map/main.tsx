/**
 * The benchmark's baseline: the atlas's map drawn with nothing but react-leaflet. The same trimmed land, then the same
 * shapes from the same dataset file (the states coloured by their status in the atlas's default year, the corridors,
 * the names, the capitals and chokepoints), computed by the atlas's own pure functions (`decodeBasemap`,
 * `basemapCountries`, `entityShapes`, `mapFeatures`, the style rules), with none of the rest: no store, no query cache, no validation,
 * no tooltips, no other views. It draws the land the plain react-leaflet way, as GeoJSON polygons (the atlas draws it
 * as one SVG layer, projected once: see src/data/geo-land.ts).
 *
 * It marks `bench:land-drawn` once the land has been painted and `bench:map-drawn` once the dataset's shapes have, as
 * the atlas marks `ots:land-drawn` and `ots:map-drawn`.
 */
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { divIcon } from 'leaflet';
import { CircleMarker, GeoJSON, MapContainer, Marker } from 'react-leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import basemapTopology from '../../src/data/basemap.json';
import type { BasemapTopology } from '../../src/data/geo-basemap';
import { basemapCountries, decodeBasemap, entityShapes, type Basemap } from '../../src/data/geo';
import { mapFeatures, type CorridorFeatureProps } from '../../src/data/geo-features';
import { CAPITAL_STYLE, contextStyle, corridorStyle, entityStyle, MAP_PALETTE, mapStatus } from '../../src/data/geo-style';
import { defaultYear } from '../../src/data/derive';
import { corridorStatuses, partLook, partOf } from '../../src/data/corridor-status';
import type { Dataset } from '../../src/data/schema';
import { afterPaint } from '../../src/ui/after-paint';

const basemap = decodeBasemap(basemapTopology as unknown as BasemapTopology);
const land = basemapCountries(basemap.topology);
// The same file the atlas reads, parsed and trusted as it is.
const datasetRequest = fetch('./data/ots.json').then((response) => response.json() as Promise<Dataset>);

/** Marks once the frame showing what was rendered before it has been painted, by the atlas's own rule. */
function Drawn({ mark }: { mark: string }) {
  useEffect(() => afterPaint(() => performance.mark(mark)), [mark]);
  return null;
}

const LAND_STYLE = contextStyle(false);
const NO_SELECTION = { stateId: null, crossed: null };
const CHOKEPOINT_ICON = divIcon({ className: 'bare-chokepoint', iconSize: [10, 10] });

function DatasetShapes({ dataset, land }: { dataset: Dataset; land: Basemap }) {
  const year = defaultYear(dataset);
  const features = useMemo(() => mapFeatures(dataset, land), [dataset, land]);
  // The states as GeoJSON, the plain react-leaflet way (the atlas draws them from the land's projected paths).
  const states = useMemo(
    (): FeatureCollection<Geometry, { entityId: string }> => ({
      type: 'FeatureCollection',
      features: entityShapes(land, dataset.entities).shapes.map(({ entity, country }) => ({ ...country, properties: { entityId: entity.id } })),
    }),
    [dataset, land],
  );
  const labels = useMemo(
    () => features.labels.map(({ entity, point }) => ({ entity, point, icon: divIcon({ className: 'bare-label', html: entity.name, iconSize: [0, 0] }) })),
    [features],
  );
  const stateStyle = (feature?: Feature<Geometry, { entityId: string }>) => {
    const entity = dataset.entities.find((e) => e.id === feature?.properties.entityId);
    if (!entity) return {};
    // A plain fill where the atlas hatches observers (its hatch is an SVG pattern of its own).
    return { ...entityStyle(entity, year, NO_SELECTION, false), fillColor: MAP_PALETTE[mapStatus(entity, year)].fill };
  };
  const lineStyle = (feature?: Feature<Geometry, CorridorFeatureProps>) => {
    const corridor = dataset.corridors.find((c) => c.id === feature?.properties.corridorId);
    const status = corridor ? corridorStatuses(dataset, year).get(corridor.id) : undefined;
    const part = status && feature ? partOf(status, feature.properties.stretch) : undefined;
    return corridor && feature && part ? corridorStyle(corridor.kind, partLook(part), feature.properties.part, feature.properties.approximate, 'normal') : {};
  };
  return (
    <>
      <GeoJSON data={states} style={stateStyle} />
      <GeoJSON data={features.corridors} style={lineStyle} />
      {labels.map(({ entity, point, icon }) => (
        <Marker key={entity.id} position={point} icon={icon} interactive={false} />
      ))}
      {dataset.entities.map((entity) => (
        <CircleMarker key={entity.id} center={[entity.capital.location.lat, entity.capital.location.lon]} {...CAPITAL_STYLE} />
      ))}
      {dataset.chokepoints.map((c) => (
        <Marker key={c.id} position={[c.location.lat, c.location.lon]} icon={CHOKEPOINT_ICON} />
      ))}
      <Drawn mark="bench:map-drawn" />
    </>
  );
}

function BareMap() {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  useEffect(() => {
    void datasetRequest.then(setDataset);
  }, []);
  return (
    <MapContainer id="map" bounds={basemap.region} zoomSnap={0.25}>
      <GeoJSON data={land} style={LAND_STYLE} interactive={false} />
      <Drawn mark="bench:land-drawn" />
      {dataset && <DatasetShapes dataset={dataset} land={basemap} />}
    </MapContainer>
  );
}

createRoot(document.getElementById('root')!).render(<BareMap />);
