/**
 * A chart as a standalone SVG file: the chart's own `<svg>` with its computed styles written onto each element (so it
 * needs no stylesheet), framed by the title, subtitle, legend, source line and as-of date as SVG text.
 */
import { wrapText } from './layout';
import { asOfLine, sourceSummary, type StampText } from './stamp-text';

export interface SvgLegendEntry {
  label: string;
  colour: string;
  /** How the key draws it: a filled box (areas, bars), a line, a dashed line, or a dot (marks). */
  mark: 'box' | 'line' | 'dash' | 'dot';
}

export interface SvgPart {
  /** The serialised chart `<svg>`. */
  markup: string;
  width: number;
  height: number;
  /** A heading drawn above this part (a panel with two charts names each). */
  heading?: string;
}

const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order',
];

/** A copy of an `<svg>` whose every element carries its computed style inline; hidden elements are left out. */
export function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    if (computed.display === 'none' || computed.visibility === 'hidden') hidden.push(copy);
    const style = STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    // The element's own inline style (Leaflet's transforms) is kept; the computed values follow it.
    const own = copy.getAttribute('style');
    if (style) copy.setAttribute('style', own ? `${own};${style}` : style);
    copy.removeAttribute('tabindex');
  });
  for (const element of hidden) if (element !== clone) element.remove();
  return clone;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const MARGIN = 24;
/** Text is measured by an average glyph width: the file has no layout engine to ask. */
const approxWidth = (size: number) => (s: string) => s.length * size * 0.54;

function textLine(x: number, y: number, size: number, text: string, weight = 400, fill = '#44525f'): string {
  return `<text x="${x}" y="${y}" font-family="${escapeXml(FONT)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`;
}

function legendMark(entry: SvgLegendEntry, x: number, y: number): string {
  const c = escapeXml(entry.colour);
  switch (entry.mark) {
    case 'box':
      return `<rect x="${x}" y="${y - 11}" width="16" height="12" fill="${c}"/>`;
    case 'dot':
      return `<circle cx="${x + 8}" cy="${y - 5}" r="5" fill="${c}"/>`;
    case 'dash':
      return `<line x1="${x}" y1="${y - 5}" x2="${x + 16}" y2="${y - 5}" stroke="${c}" stroke-width="3" stroke-dasharray="5 3"/>`;
    default:
      return `<line x1="${x}" y1="${y - 5}" x2="${x + 16}" y2="${y - 5}" stroke="${c}" stroke-width="3"/>`;
  }
}

/** Lays out the legend's entries in rows across the width; returns the markup and the height used. */
function legendRows(entries: readonly SvgLegendEntry[], x0: number, y0: number, width: number): { markup: string; height: number } {
  const size = 14;
  const rowHeight = 22;
  const measure = approxWidth(size);
  let x = x0;
  let y = y0 + size;
  const out: string[] = [];
  for (const entry of entries) {
    const w = 16 + 6 + measure(entry.label) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowHeight;
    }
    out.push(legendMark(entry, x, y), textLine(x + 22, y, size, entry.label, 400, '#14202b'));
    x += w;
  }
  return { markup: out.join(''), height: entries.length > 0 ? y - y0 + 8 : 0 };
}

/** The standalone SVG document: the charts, one under another, framed by the stamped text. */
export function composeSvg(parts: readonly SvgPart[], text: StampText, legend: readonly SvgLegendEntry[]): string {
  const width = Math.max(640, ...parts.map((p) => p.width)) + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  const out: string[] = [];
  let y = MARGIN + 24;
  out.push(textLine(MARGIN, y, 24, text.title, 700, '#14202b'));
  for (const line of wrapText(text.subtitle, inner, approxWidth(15))) {
    y += 21;
    out.push(textLine(MARGIN, y, 15, line));
  }
  y += 14;
  for (const part of parts) {
    if (part.heading) {
      y += 18;
      out.push(textLine(MARGIN, y, 16, part.heading, 600, '#14202b'));
      y += 6;
    }
    out.push(`<g transform="translate(${MARGIN} ${y})">${part.markup}</g>`);
    y += part.height + 8;
  }
  const key = legendRows(legend, MARGIN, y, inner);
  out.push(key.markup);
  y += key.height + 10;
  for (const line of wrapText(sourceSummary(text.sources), inner, approxWidth(13))) {
    y += 18;
    out.push(textLine(MARGIN, y, 13, line));
  }
  y += 20;
  out.push(textLine(MARGIN, y, 13, asOfLine(text.asOf), 600, '#14202b'));
  const height = Math.ceil(y + MARGIN);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(`${text.title}: ${text.subtitle}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

/** The SVG file for the charts found under `root` (each a Recharts surface), with their headings. */
export function chartSvg(charts: readonly { svg: SVGSVGElement; heading?: string }[], text: StampText, legend: readonly SvgLegendEntry[]): string {
  const serializer = new XMLSerializer();
  const parts = charts.map(({ svg, heading }): SvgPart => {
    const box = svg.getBoundingClientRect();
    const width = Number(svg.getAttribute('width')) || box.width;
    const height = Number(svg.getAttribute('height')) || box.height;
    const copy = inlineStyles(svg);
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    return { markup: serializer.serializeToString(copy), width, height, ...(heading ? { heading } : {}) };
  });
  return composeSvg(parts, text, legend);
}
