import { memo } from 'react';
import { CORRIDOR_KINDS } from '../../data/kinds';
import type { CorridorLook } from '../../data/corridor-status';
import { CORRIDOR_LOOK_LABEL, corridorRule } from '../../ui/corridor-status-text';
import { CAPITAL_STYLE, MAP_PALETTE, contextStyle, corridorStyle, stateStyle } from '../../data/geo-style';
import type { Scope } from '../../data/derive';
import { useYear } from '../../state/hooks';
import { useScope } from '../../state/selectors';
import { NOT_COUNTED_LABEL } from './map-text';
import { CORRIDOR_KIND_LABEL } from '../../ui/labels';
import { Legend, type LegendGroup } from '../../ui/Legend';
import { WAYPOINT_STYLE } from './layers/CorridorWaypoints';
import { CorridorSwatch, LineSwatch, MarkerSwatch, PathSwatch } from './swatches';

const PLAIN = { contested: false, online: false };

function CircleSwatch({ radius, stroke, weight, dash }: { radius: number; stroke: string; weight: number; dash?: string }) {
  return (
    <svg className="swatch" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="9" cy="9" r={radius} fill="#ffffff" stroke={stroke} strokeWidth={weight} strokeDasharray={dash} />
    </svg>
  );
}

/** Every way a corridor's status in the year is drawn, most advanced first. */
const LOOKS: readonly CorridorLook[] = ['operational', 'under-construction', 'planned', 'undated', 'not-yet'];

function groups(year: number, scope: Scope): LegendGroup[] {
  const notCounted =
    scope === 'members'
      ? [{ id: 'not-counted', symbol: <PathSwatch style={stateStyle('observer', 'normal', { ...PLAIN, counted: false })} />, label: NOT_COUNTED_LABEL }]
      : [];
  return [
    {
      title: `Status in ${year}`,
      items: [
        { id: 'member', symbol: <PathSwatch style={stateStyle('member', 'normal', PLAIN)} />, label: 'Member' },
        { id: 'observer', symbol: <PathSwatch style={stateStyle('observer', 'normal', PLAIN)} />, label: 'Observer (hatched)' },
        ...notCounted,
        {
          id: 'contested',
          symbol: <PathSwatch style={stateStyle('observer', 'normal', { ...PLAIN, contested: true })} />,
          label: 'Observer whose recognition is contested (N. Cyprus)',
        },
        { id: 'none', symbol: <PathSwatch style={stateStyle('none', 'normal', PLAIN)} />, label: 'Not yet a member or observer' },
        { id: 'selected', symbol: <PathSwatch style={stateStyle('member', 'selected', PLAIN)} />, label: 'Selected, or crossed by the selected corridor (the rest dimmed)' },
        { id: 'context', symbol: <PathSwatch style={{ ...contextStyle(false), color: '#b9b4aa' }} />, label: 'Other countries' },
      ],
    },
    {
      title: 'Corridors by kind',
      items: CORRIDOR_KINDS.map((kind) => ({
        id: kind,
        symbol: <CorridorSwatch kind={kind} look="operational" />,
        label: CORRIDOR_KIND_LABEL[kind],
      })),
    },
    {
      title: `Corridor status in ${year}`,
      items: [
        ...LOOKS.map((look) => ({
          id: `corridor-${look}`,
          symbol: <LineSwatch styles={[corridorStyle('rail', look, 'line', false, 'normal')]} />,
          label: CORRIDOR_LOOK_LABEL[look],
        })),
        { id: 'approximate', symbol: <CorridorSwatch kind="rail" look="operational" approximate />, label: 'Approximate stretch (band)' },
      ],
    },
    {
      title: 'Points',
      items: [
        { id: 'capital', symbol: <CircleSwatch radius={CAPITAL_STYLE.radius} stroke={CAPITAL_STYLE.color} weight={CAPITAL_STYLE.weight} />, label: 'Capital' },
        { id: 'chokepoint', symbol: <MarkerSwatch className="map-chokepoint" inner="map-chokepoint__diamond" />, label: 'Chokepoint' },
        { id: 'event', symbol: <MarkerSwatch className="map-event" />, label: 'Host city of the selected event' },
        {
          id: 'waypoint',
          symbol: <CircleSwatch radius={WAYPOINT_STYLE.radius} stroke={MAP_PALETTE.corridor.rail} weight={WAYPOINT_STYLE.weight} />,
          label: 'Waypoint of the selected corridor',
        },
        {
          id: 'waypoint-approximate',
          symbol: (
            <CircleSwatch
              radius={WAYPOINT_STYLE.approximateRadius}
              stroke={MAP_PALETTE.corridor.rail}
              weight={WAYPOINT_STYLE.weight}
              dash={WAYPOINT_STYLE.approximateDash}
            />
          ),
          label: 'Waypoint at an approximate position',
        },
      ],
    },
  ];
}

const NOTES = (year: number) => [
  corridorRule(year),
  'Corridors are schematic: straight lines between the waypoints their sources publish, not surveyed routes. A stretch is approximate where a waypoint stands in for an unpublished position or has none.',
  'Borders are Natural Earth’s (1:50m), which draws Crimea within Russia; the atlas takes no position on disputed borders. Point at a state or corridor for its figures and sources.',
];

/** The map's key: every symbol it draws, drawn by the same style rules. */
export const MapLegend = memo(function MapLegend() {
  const year = useYear();
  const scope = useScope();
  return <Legend title="Key" id="map-legend" groups={groups(year, scope)} notes={NOTES(year)} />;
});
