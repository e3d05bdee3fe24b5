interface OnlineToggleProps {
  checked: boolean;
  onChange: (on: boolean) => void;
}

/** Switches the OpenStreetMap tiles under the shapes on or off. Off by default: the atlas needs no network. */
export function OnlineToggle({ checked, onChange }: OnlineToggleProps) {
  return (
    <label className="map-online">
      <input type="checkbox" role="switch" aria-label="Online basemap (OpenStreetMap)" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {/* A phone leaves out the name of the tiles' provider (its credit shows on the map once they are on). */}
      <span aria-hidden="true">
        Online basemap<span className="map-view__wide-only"> (OpenStreetMap)</span>
      </span>
    </label>
  );
}
