import { memo, useMemo } from 'react';
import { divIcon } from 'leaflet';
import { Marker } from 'react-leaflet';
import type { EntityLabel } from '../../../data/geo-features';
import { PANE } from '../panes';

function labelIcon({ entity, small }: EntityLabel) {
  const html = document.createElement('span');
  html.className = `map-label__text${small ? ' map-label__text--beside' : ''}`;
  html.textContent = entity.name;
  if (entity.recognition) {
    const note = document.createElement('span');
    note.className = 'map-label__note';
    note.textContent = 'recognition contested';
    html.append(note);
  }
  return divIcon({ html, className: 'map-label', iconSize: [0, 0] });
}

/** The entities' names on the map; not interactive, so a click on a name is a click on the shape beneath. */
export const EntityLabels = memo(function EntityLabels({ labels }: { labels: EntityLabel[] }) {
  const icons = useMemo(() => labels.map((label) => ({ label, icon: labelIcon(label) })), [labels]);
  return icons.map(({ label, icon }) => (
    <Marker key={label.entity.id} position={label.point} icon={icon} interactive={false} keyboard={false} pane={PANE.labels} />
  ));
});
