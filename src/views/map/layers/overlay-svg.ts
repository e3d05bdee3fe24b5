/**
 * The SVGs the map lays over the basemap's window: the land, and the dataset's states over it. Their paths are the
 * land's projected paths (data/geo-land.ts), in pixels of the map's deepest zoom; the browser scales the SVG as the map
 * zooms, and the outlines keep their width on screen at every zoom.
 */
import type { ProjectedLand } from '../../../data/geo-land';
import type { PathStyle } from '../../../data/geo-style';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG the size of the projected land, stretched over the window by Leaflet, hidden from assistive technology. */
export function overlaySvg({ width, height }: ProjectedLand, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

export function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

/** A country's path. Its outline keeps its width on screen however far the SVG is scaled. */
export function landPath(d: string, attributes: Record<string, string> = {}): SVGPathElement {
  // An attribute, not a class rule, so that copies of the map (its PNG export) keep it.
  return svgElement('path', { d, 'vector-effect': 'non-scaling-stroke', ...attributes });
}

function setOrRemove(el: SVGElement, name: string, value: string | undefined) {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Applies a path style (the map's style rules speak Leaflet's path options) as SVG presentation attributes. */
export function applyPathStyle(el: SVGElement, style: PathStyle): void {
  el.setAttribute('fill', style.fill && style.fillColor ? style.fillColor : 'none');
  el.setAttribute('fill-opacity', String(style.fillOpacity ?? 1));
  el.setAttribute('stroke', style.stroke && style.color ? style.color : 'none');
  el.setAttribute('stroke-width', String(style.weight ?? 1));
  el.setAttribute('stroke-opacity', String(style.opacity ?? 1));
  setOrRemove(el, 'stroke-dasharray', style.dashArray);
  setOrRemove(el, 'stroke-linecap', style.lineCap);
  setOrRemove(el, 'stroke-linejoin', style.lineJoin);
}
