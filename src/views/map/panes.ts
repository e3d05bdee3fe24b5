/** The map's layers, bottom to top. Each vector pane gets its own SVG, so raising a selected state never hides a corridor. */
export const PANE = {
  context: 'ots-context',
  states: 'ots-states',
  corridors: 'ots-corridors',
  flows: 'ots-flows',
  labels: 'ots-labels',
  places: 'ots-places',
} as const;

/** Leaflet's own panes: tiles 200, overlays 400, markers 600, tooltips 650. */
export const MAP_PANES: readonly { name: string; zIndex: number; decorative?: boolean }[] = [
  { name: PANE.context, zIndex: 380 },
  { name: PANE.states, zIndex: 400 },
  { name: PANE.corridors, zIndex: 420 },
  { name: PANE.flows, zIndex: 430 },
  // The names repeat the lists below the map: hidden from assistive technology.
  { name: PANE.labels, zIndex: 450, decorative: true },
  { name: PANE.places, zIndex: 610 },
];
