import { MAP_PALETTE, OBSERVER_HATCH, OBSERVER_HATCH_ID } from '../../data/geo-style';

/** The hatching that marks observers, defined once for the legend's swatches (the map's shapes carry their own). */
export function MapPatterns() {
  const { fill, stripe } = MAP_PALETTE.observer;
  const { size, stripe: width, angle } = OBSERVER_HATCH;
  return (
    <svg className="map-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={OBSERVER_HATCH_ID} width={size} height={size} patternUnits="userSpaceOnUse" patternTransform={`rotate(${angle})`}>
          <rect width={size} height={size} fill={fill} />
          <rect width={width} height={size} fill={stripe} />
        </pattern>
      </defs>
    </svg>
  );
}
