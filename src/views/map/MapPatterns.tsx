import { MAP_PALETTE, OBSERVER_HATCH_ID } from '../../data/geo-style';

/** The hatching that marks observers, defined once for the map's shapes and the legend's swatches. */
export function MapPatterns() {
  const { fill, stripe } = MAP_PALETTE.observer;
  return (
    <svg className="map-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={OBSERVER_HATCH_ID} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="7" height="7" fill={fill} />
          <rect width="2.6" height="7" fill={stripe} />
        </pattern>
      </defs>
    </svg>
  );
}
