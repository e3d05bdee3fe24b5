/**
 * The benchmark's baseline: the same trimmed shapes drawn with nothing but react-leaflet, fitted to the same region.
 * It marks `bench:map-drawn` the way the atlas marks `ots:map-drawn`: in the frame that paints the shapes.
 */
import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import basemap from '../../src/data/basemap.json';
import type { BasemapTopology } from '../../src/data/geo-basemap';

const topology = basemap as unknown as BasemapTopology;
const shapes = feature(topology, topology.objects.countries) as FeatureCollection;
// The dataset's region, which the basemap was made for.
const region = topology.meta.region;

function Drawn() {
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('bench:map-drawn'));
  }, []);
  return null;
}

function BareMap() {
  return (
    <MapContainer id="map" bounds={region} zoomSnap={0.25}>
      <GeoJSON data={shapes} style={{ color: '#ffffff', weight: 0.8, fillColor: '#e2dfd8', fillOpacity: 1 }} />
      <Drawn />
    </MapContainer>
  );
}

createRoot(document.getElementById('root')!).render(<BareMap />);
