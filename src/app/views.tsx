import { preloaded, type PreloadedComponent } from '../ui/preloaded';
import type { PanelId } from '../data/briefing-schema';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LoadingState } from '../ui/LoadingState';
import { DetailsPanel } from '../views/details/DetailsPanel';

// The map (Leaflet), the charts (Recharts) and the timeline load as their own chunks, in parallel with the dataset, so
// the first paint needs only the shell. Their import() starts here, when the app starts, not when React first renders
// them (and index.html preloads them).
// The map's shapes too: the map draws them before the dataset arrives. (The map decodes them when its chunk runs.)
void import('../data/basemap.json').catch(() => {
  // Reported by the map, which loads them again.
});
const MapView = preloaded(() => import('../views/map/MapView').then((m) => m.shapesSettled.then(() => m.MapView)));
const GdpPanel = preloaded(() => import('../views/charts/GdpPanel').then((m) => m.GdpPanel));
const TradePanel = preloaded(() => import('../views/charts/TradePanel').then((m) => m.TradePanel));
const TimelineView = preloaded(() => import('../views/timeline/TimelineView').then((m) => m.TimelineView));

export interface ViewSlot {
  id: PanelId;
  name: string;
  Component: PreloadedComponent<object>;
  /** Draws (the map's land) before the dataset has arrived, so the layouts render it outside their dataset gate. */
  beforeData?: boolean;
}

/** The views, in reading order. Each reports when it has drawn; together they make `ots:ready`. */
export const VIEWS: readonly ViewSlot[] = [
  { id: 'map', name: 'the map', Component: MapView, beforeData: true },
  { id: 'details', name: 'the details panel', Component: DetailsPanel },
  { id: 'gdp', name: 'the GDP panel', Component: GdpPanel },
  { id: 'trade', name: 'the trade panel', Component: TradePanel },
  { id: 'timeline', name: 'the timeline', Component: TimelineView },
];

export const VIEW_BY_ID = new Map(VIEWS.map((v) => [v.id, v]));

/** One view in its place: its own error boundary (a failure stays in the panel) and loading state. */
export function ViewFrame({ view, className }: { view: ViewSlot; className: string }) {
  const { name, Component } = view;
  return (
    <div className={className}>
      <ErrorBoundary name={name}>
        <Component fallback={<LoadingState label={`Loading ${name}…`} />} />
      </ErrorBoundary>
    </div>
  );
}
