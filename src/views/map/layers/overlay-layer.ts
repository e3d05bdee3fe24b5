/**
 * What the map's pointable SVG layers (the states, the corridors) share: the SVG laid over the basemap's window as a
 * Leaflet layer, a click on one of its shapes, and one tooltip that names the shape under the pointer and follows it,
 * or opens at a point when the lists below the map peek at a shape.
 *
 * The SVG takes no pointer events itself (see map.css), only the shapes meant to be pointed at do: a click between
 * them is a click on the map (the sea). Its listeners are for the pointer alone: Chromium makes an SVG element that
 * listens for focus a Tab stop, and the lists below the map are the keyboard's way in.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { svgOverlay, tooltip, type LatLngExpression, type LeafletMouseEvent, type Map as LeafletMap } from 'leaflet';
import type { Bounds, LatLngTuple } from '../../../data/geo';
import { TOOLTIP_OPTIONS } from './tooltip-options';

export interface OverlayLayer {
  svg: SVGSVGElement;
  /** The basemap's window, which the SVG covers. */
  window: Bounds;
  pane: string;
  /** The id of the shape an event's target belongs to, if it is one that can be pointed at. */
  idOf: (target: EventTarget | null) => string | null;
  onClick: (id: string) => void;
  /** A shape's tooltip, read when it opens; a new function refreshes an open tooltip. */
  tooltipFor: (id: string) => HTMLElement | null;
  /** A shape the lists point at, and where its tooltip opens. */
  peek: { id: string; at: LatLngTuple } | null;
}

/** One tooltip for a layer's shapes: open on one shape at a time, following the pointer or at a point. */
class ShapeTooltip {
  private readonly tip = tooltip(TOOLTIP_OPTIONS);
  private shown: string | null = null;

  constructor(
    private readonly map: LeafletMap,
    /** The layer's latest callbacks (a ref). */
    private readonly latest: { readonly current: Pick<OverlayLayer, 'tooltipFor'> },
  ) {}

  private contentFor(id: string): HTMLElement | null {
    return this.latest.current.tooltipFor(id);
  }

  get open(): string | null {
    return this.map.hasLayer(this.tip) ? this.shown : null;
  }

  show(id: string, at: LatLngExpression): void {
    this.tip.setLatLng(at);
    if (this.open === id) return;
    const content = this.contentFor(id);
    if (!content) return this.hide();
    this.tip.setContent(content);
    this.shown = id;
    if (!this.map.hasLayer(this.tip)) this.map.openTooltip(this.tip);
  }

  move(at: LatLngExpression): void {
    if (this.open) this.tip.setLatLng(at);
  }

  /** Reads the open tooltip's content again. */
  refresh(): void {
    const content = this.open ? this.contentFor(this.open) : null;
    if (content) this.tip.setContent(content);
  }

  hide(): void {
    this.shown = null;
    this.map.closeTooltip(this.tip);
  }
}

export function useOverlayLayer(map: LeafletMap, { svg, window, pane, idOf, onClick, tooltipFor, peek }: OverlayLayer): void {
  // The latest callbacks, for listeners added once per SVG.
  const latest = useRef({ idOf, onClick, tooltipFor });
  useLayoutEffect(() => {
    latest.current = { idOf, onClick, tooltipFor };
  });

  useLayoutEffect(() => {
    const layer = svgOverlay(svg, window, { pane, interactive: true, bubblingMouseEvents: false });
    layer.on('click', (e: LeafletMouseEvent) => {
      const id = latest.current.idOf(e.originalEvent.target);
      if (id) latest.current.onClick(id);
    });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, svg, window, pane]);

  const tip = useMemo(() => new ShapeTooltip(map, latest), [map]);

  useEffect(() => {
    const over = (e: MouseEvent) => {
      const id = latest.current.idOf(e.target);
      if (id) tip.show(id, map.mouseEventToLatLng(e));
    };
    const move = (e: MouseEvent) => {
      if (latest.current.idOf(e.target)) tip.move(map.mouseEventToLatLng(e));
    };
    // From one shape straight onto another the tooltip changes without closing.
    const out = (e: MouseEvent) => {
      if (!latest.current.idOf(e.relatedTarget)) tip.hide();
    };
    svg.addEventListener('mouseover', over);
    svg.addEventListener('mousemove', move);
    svg.addEventListener('mouseout', out);
    return () => {
      svg.removeEventListener('mouseover', over);
      svg.removeEventListener('mousemove', move);
      svg.removeEventListener('mouseout', out);
      tip.hide();
    };
  }, [map, svg, tip]);

  // An open tooltip follows what it shows (the year, the dataset).
  useEffect(() => tip.refresh(), [tip, tooltipFor]);

  const peekId = peek?.id;
  const [peekLat, peekLon] = peek?.at ?? [];
  useEffect(() => {
    if (!peekId || peekLat == null || peekLon == null) return;
    tip.show(peekId, [peekLat, peekLon]);
    return () => tip.hide();
  }, [tip, peekId, peekLat, peekLon]);
}
