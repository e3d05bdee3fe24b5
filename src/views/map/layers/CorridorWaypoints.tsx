import { useMemo } from 'react';
import { CircleMarker } from 'react-leaflet';
import type { CorridorRoute } from '../../../data/geo';
import { MAP_PALETTE } from '../../../data/geo-style';
import type { Dataset, Waypoint } from '../../../data/schema';
import { useDataset } from '../../../state/hooks';
import { useSelectedCorridorId } from '../../../state/selectors';
import { PANE } from '../panes';
import { waypointTooltip } from '../tooltip-content';
import { tooltipHandlers } from './bindModelTooltip';

export const WAYPOINT_STYLE = { radius: 4.5, approximateRadius: 6, weight: 2, approximateDash: '3 3' } as const;

function WaypointMarker({ dataset, waypoint, colour }: { dataset: Dataset; waypoint: Waypoint; colour: string }) {
  const handlers = useMemo(() => tooltipHandlers(() => waypointTooltip(dataset, waypoint)), [dataset, waypoint]);
  const { lat, lon } = waypoint.location!;
  return (
    <CircleMarker
      center={[lat, lon]}
      radius={waypoint.approximate ? WAYPOINT_STYLE.approximateRadius : WAYPOINT_STYLE.radius}
      color={colour}
      weight={WAYPOINT_STYLE.weight}
      dashArray={waypoint.approximate ? WAYPOINT_STYLE.approximateDash : undefined}
      fillColor="#ffffff"
      fillOpacity={1}
      pane={PANE.places}
      bubblingMouseEvents={false}
      eventHandlers={handlers}
    />
  );
}

/** The published waypoints of the selected corridor, each with its name and role. */
export function CorridorWaypoints({ routes }: { routes: ReadonlyMap<string, CorridorRoute> }) {
  const dataset = useDataset();
  const corridorId = useSelectedCorridorId();
  const corridor = dataset.corridors.find((c) => c.id === corridorId);
  const route = corridor ? routes.get(corridor.id) : undefined;
  if (!corridor || !route) return null;
  // The same place can serve two roles on one route (e.g. a port on two branches): draw it once.
  const unique = [...new Map(route.placed.map((w) => [`${w.location!.lat},${w.location!.lon}`, w])).values()];
  return unique.map((waypoint) => (
    <WaypointMarker key={`${corridor.id}-${waypoint.name}`} dataset={dataset} waypoint={waypoint} colour={MAP_PALETTE.corridor[corridor.kind]} />
  ));
}
