import type { ComponentType, ReactNode } from 'react';
import { preloaded, type PreloadedComponent } from '../ui/preloaded';
import { useDrawWhenSeen } from '../ui/draw-when-seen';
import type { PanelId } from '../data/briefing-schema';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LoadingState } from '../ui/LoadingState';
import { DetailsPanel } from '../views/details/DetailsPanel';

// The map (Leaflet), the charts (Recharts) and the timeline load as their own chunks, so the first paint needs only the
// shell. The map's import() starts here, when the app starts, and index.html preloads its chunk with the entry's. The
// charts and the timeline are below the fold on most screens: their chunks are fetched and evaluated when they are
// first drawn, not while the first screen is.
// The map's shapes too: the map draws them before the dataset arrives. (The map decodes them when its chunk runs.)
void import('../data/basemap.json').catch(() => {
  // Reported by the map, which loads them again.
});
const MapView = preloaded(() => import('../views/map/MapView').then((m) => m.shapesSettled.then(() => m.MapView)));
const later = { start: 'first-render' } as const;
const GdpPanel = preloaded(() => import('../views/charts/GdpPanel').then((m) => m.GdpPanel), later);
const TradePanel = preloaded(() => import('../views/charts/TradePanel').then((m) => m.TradePanel), later);
const TimelineView = preloaded(() => import('../views/timeline/TimelineView').then((m) => m.TimelineView), later);
const ClaimsView = preloaded(() => import('../views/claims/ClaimsView').then((m) => m.ClaimsView), later);

export interface ViewSlot {
  id: PanelId;
  name: string;
  /** A view from its own chunk can download it again after a failure (the error boundary's retry). */
  Component: ComponentType<{ fallback?: ReactNode }> & Partial<Pick<PreloadedComponent<object>, 'reload'>>;
  /** Draws (the map's land) before the dataset has arrived, so the layouts render it outside their dataset gate. */
  beforeData?: boolean;
}

/** The views, in reading order. Each reports when it has drawn; together they make `ots:ready`. */
export const VIEWS: readonly ViewSlot[] = [
  { id: 'map', name: 'the map', Component: MapView, beforeData: true },
  { id: 'details', name: 'the details panel', Component: DetailsPanel },
  { id: 'gdp', name: 'the GDP panel', Component: GdpPanel },
  { id: 'trade', name: 'the trade panel', Component: TradePanel },
  { id: 'claims', name: 'the claims', Component: ClaimsView },
  { id: 'timeline', name: 'the timeline', Component: TimelineView },
];

export const VIEW_BY_ID = new Map(VIEWS.map((v) => [v.id, v]));

interface ViewFrameProps {
  view: ViewSlot;
  className: string;
  /** In a page that scrolls: a view whose place is below the fold is drawn after the first screen (useDrawWhenSeen). */
  whenSeen?: boolean;
  /** The place's id, for a control elsewhere that shows or hides it. */
  id?: string;
  /** Drawn in the place before the view (the phone's sheet handle). */
  before?: ReactNode;
}

/** One view in its place: its own error boundary (a failure stays in the panel) and loading state. */
export function ViewFrame({ view, className, whenSeen = false, id: placeId, before }: ViewFrameProps) {
  const { id, name, Component } = view;
  const { place, draw } = useDrawWhenSeen<HTMLDivElement>(id, whenSeen);
  const loading = <LoadingState label={`Loading ${name}…`} />;
  return (
    <div ref={place} id={placeId} className={draw ? className : `${className} layout__slot--waiting`}>
      {before}
      <ErrorBoundary name={name} onRetry={Component.reload}>
        {draw ? <Component fallback={loading} /> : loading}
      </ErrorBoundary>
    </div>
  );
}
