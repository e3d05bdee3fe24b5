import { lazy, Suspense, type ComponentType } from 'react';
import type { PanelId } from '../data/briefing-schema';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LoadingState } from '../ui/LoadingState';
import { DetailsPanel } from '../views/details/DetailsPanel';

// The map (Leaflet), the charts (Recharts) and the timeline load as their own chunks, in parallel with the dataset, so
// the first paint needs only the shell. Their import() starts here, when the app starts, not when React first renders
// them (and index.html preloads them).
const mapModule = import('../views/map/MapView');
const gdpModule = import('../views/charts/GdpPanel');
const tradeModule = import('../views/charts/TradePanel');
const MapView = lazy(() => mapModule.then((m) => ({ default: m.MapView })));
const GdpPanel = lazy(() => gdpModule.then((m) => ({ default: m.GdpPanel })));
const TradePanel = lazy(() => tradeModule.then((m) => ({ default: m.TradePanel })));
const timelineModule = import('../views/timeline/TimelineView');
const TimelineView = lazy(() => timelineModule.then((m) => ({ default: m.TimelineView })));

export interface ViewSlot {
  id: PanelId;
  name: string;
  Component: ComponentType;
}

/** The views, in reading order. Each reports when it has drawn; together they make `ots:ready`. */
export const VIEWS: readonly ViewSlot[] = [
  { id: 'map', name: 'the map', Component: MapView },
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
        <Suspense fallback={<LoadingState label={`Loading ${name}…`} />}>
          <Component />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
