import { Fragment, memo, useMemo } from 'react';
import { divIcon } from 'leaflet';
import { CircleMarker, Marker } from 'react-leaflet';
import { CAPITAL_STYLE } from '../../../data/geo-style';
import type { Chokepoint, Dataset, Entity } from '../../../data/schema';
import { useDataset } from '../../../state/hooks';
import { useActions } from '../../../state/selectors';
import { PANE } from '../panes';
import { capitalTooltip, chokepointTooltip } from '../tooltip-content';
import { useIdentityKey } from '../useIdentityKey';
import { tooltipHandlers } from './bindModelTooltip';

const CHOKEPOINT_ICON = divIcon({ className: 'map-chokepoint', iconSize: [14, 14], html: '<span class="map-chokepoint__diamond"></span>' });

function Capital({ dataset, entity }: { dataset: Dataset; entity: Entity }) {
  const { stateSelected } = useActions();
  const handlers = useMemo(
    () => ({ ...tooltipHandlers(() => capitalTooltip(dataset, entity)), click: () => stateSelected(entity.id) }),
    [dataset, entity, stateSelected],
  );
  const { lat, lon } = entity.capital.location;
  return <CircleMarker center={[lat, lon]} pane={PANE.places} {...CAPITAL_STYLE} className="map-capital" bubblingMouseEvents={false} eventHandlers={handlers} />;
}

function ChokepointMarker({ dataset, chokepoint }: { dataset: Dataset; chokepoint: Chokepoint }) {
  const handlers = useMemo(() => tooltipHandlers(() => chokepointTooltip(dataset, chokepoint)), [dataset, chokepoint]);
  const { lat, lon } = chokepoint.location;
  return <Marker position={[lat, lon]} icon={CHOKEPOINT_ICON} keyboard={false} pane={PANE.places} eventHandlers={handlers} />;
}

/** Capitals (a click selects the state) and chokepoints. */
export const PlaceMarkers = memo(function PlaceMarkers() {
  const dataset = useDataset();
  // Tooltips are bound when a marker is added: another dataset adds the markers afresh.
  const key = useIdentityKey(dataset);
  return (
    <Fragment key={key}>
      {dataset.entities.map((entity) => (
        <Capital key={entity.id} dataset={dataset} entity={entity} />
      ))}
      {dataset.chokepoints.map((chokepoint) => (
        <ChokepointMarker key={chokepoint.id} dataset={dataset} chokepoint={chokepoint} />
      ))}
    </Fragment>
  );
});
