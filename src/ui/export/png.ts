/**
 * A panel as a PNG: the figure and its legend rasterised with html-to-image, composed on a canvas of PNG_SIZE with
 * the title and subtitle above and the source line and as-of date below. Everything is drawn from the page itself
 * (no fonts or images fetched), so it works offline and under a strict `img-src 'self' data: blob:` policy.
 */
import { toCanvas } from 'html-to-image';
import { PNG_SIZE, STAMP_METRICS, stampLayout, wrapText, type Rect } from './layout';
import { asOfLine, publisherSummary, sourceSummary, type StampText } from './stamp-text';
import { inlineStyles } from './svg';

/** Drawn at twice their CSS size, so they stay sharp when the stamp scales them down. */
const RASTER_RATIO = 2;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const INK = '#14202b';
const INK_SOFT = '#44525f';
const MAX_SUBTITLE_LINES = 2;
const MAX_SOURCE_LINES = 3;

export interface PngParts {
  figure: HTMLElement;
  legend: HTMLElement | null;
  /** Lays the legend out at this width (CSS px) for the image, e.g. narrower so it fits beside the figure. */
  legendWidth?: number;
  /** Elements inside the figure or legend left out of the image (controls, tooltips, online tiles). */
  skip?: string;
}

/**
 * A copy of the node laid out beside it, out of sight, with every chart's or map's `<svg>` carrying its computed styles
 * inline: html-to-image copies SVG subtrees as they are, so styles set by class would be lost.
 */
function offscreenCopy(node: HTMLElement, width: number | undefined): HTMLElement {
  const copy = node.cloneNode(true) as HTMLElement;
  const outermost = (svg: SVGSVGElement) => !svg.parentElement?.closest('svg');
  const originals = [...node.querySelectorAll('svg')].filter(outermost);
  const copies = [...copy.querySelectorAll('svg')].filter(outermost);
  originals.forEach((svg, i) => copies[i]?.replaceWith(inlineStyles(svg)));
  carryReferencedDefs(copy);
  // Moved out of sight by a transform, not by offsets: html-to-image copies the computed offsets (logical ones too)
  // onto its clone, where they could not all be undone, while the transform is undone by one property.
  const shown = `${width ?? node.getBoundingClientRect().width}px`;
  Object.assign(copy.style, { position: 'absolute', left: '0', top: '0', width: shown, transform: 'translateX(-100000px)' });
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  node.after(copy);
  return copy;
}

/**
 * The image cannot see the page, so patterns and gradients the copy refers to (`fill: url(#map-hatch)`) but does not
 * hold are copied into it.
 */
function carryReferencedDefs(copy: HTMLElement) {
  const ids = new Set<string>();
  for (const element of copy.querySelectorAll('[style], [fill], [stroke]')) {
    const text = `${element.getAttribute('style') ?? ''} ${element.getAttribute('fill') ?? ''} ${element.getAttribute('stroke') ?? ''}`;
    for (const match of text.matchAll(/url\(["']?#([^"')]+)["']?\)/g)) if (match[1]) ids.add(match[1]);
  }
  const missing = [...ids].filter((id) => !copy.querySelector(`[id="${CSS.escape(id)}"]`)).flatMap((id) => document.getElementById(id) ?? []);
  if (missing.length === 0) return;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  const defs = document.createElementNS('http://www.w3.org/2000/svg', 'defs');
  for (const element of missing) defs.append(element.cloneNode(true));
  svg.append(defs);
  copy.prepend(svg);
}

/** The figure's own background (the map's sea), or white behind a figure that has none. */
function backgroundOf(node: HTMLElement): string {
  const own = getComputedStyle(node).backgroundColor;
  return own === '' || own === 'transparent' || own === 'rgba(0, 0, 0, 0)' ? '#ffffff' : own;
}

async function rasterise(node: HTMLElement, skip: string | undefined, width?: number): Promise<HTMLCanvasElement> {
  const copy = offscreenCopy(node, width);
  try {
    return await toCanvas(copy, {
      pixelRatio: RASTER_RATIO,
      backgroundColor: backgroundOf(node),
      // Only the system fonts the page uses: nothing to embed, nothing to fetch.
      skipFonts: true,
      style: { position: 'relative', transform: 'none' },
      filter: (child) => !(skip && child instanceof Element && child.matches(skip)),
    });
  } finally {
    copy.remove();
  }
}

function drawLines(context: CanvasRenderingContext2D, lines: string[], x: number, baselines: number[]) {
  lines.forEach((line, i) => context.fillText(line, x, baselines[i] ?? 0));
}

function drawImage(context: CanvasRenderingContext2D, image: HTMLCanvasElement, rect: Rect) {
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, rect.x, rect.y, rect.width, rect.height);
}

/** Composes the stamped image on a canvas of PNG_SIZE. */
export async function stampedCanvas(parts: PngParts, text: StampText): Promise<HTMLCanvasElement> {
  const [figure, legend] = await Promise.all([
    rasterise(parts.figure, parts.skip),
    parts.legend ? rasterise(parts.legend, parts.skip, parts.legendWidth) : Promise.resolve(null),
  ]);
  const canvas = document.createElement('canvas');
  canvas.width = PNG_SIZE.width;
  canvas.height = PNG_SIZE.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image (no 2D canvas).');
  const m = STAMP_METRICS;
  const inner = PNG_SIZE.width - 2 * m.margin;
  const measureAt = (size: number, weight = 400) => {
    context.font = `${weight} ${size}px ${FONT}`;
    return (s: string) => context.measureText(s).width;
  };
  const subtitle = wrapText(text.subtitle, inner, measureAt(m.subtitleSize), MAX_SUBTITLE_LINES);
  // Publishers and titles when they fit the footer; else each publisher once, with how many of its sources.
  const measureFooter = measureAt(m.footerSize);
  const full = wrapText(sourceSummary(text.sources), inner, measureFooter);
  const sources = full.length <= MAX_SOURCE_LINES ? full : wrapText(publisherSummary(text.sources), inner, measureFooter, MAX_SOURCE_LINES);
  const footer = [...sources, asOfLine(text.asOf)];
  const layout = stampLayout({
    canvas: PNG_SIZE,
    figure: { width: figure.width, height: figure.height },
    legend: legend ? { width: legend.width, height: legend.height } : null,
    subtitleLines: subtitle.length,
    footerLines: footer.length,
  });

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';
  context.fillStyle = INK;
  context.font = `700 ${m.titleSize}px ${FONT}`;
  context.fillText(text.title, m.margin, layout.titleBaseline, inner);
  context.fillStyle = INK_SOFT;
  context.font = `400 ${m.subtitleSize}px ${FONT}`;
  drawLines(context, subtitle, m.margin, layout.subtitleBaselines);
  drawImage(context, figure, layout.figure);
  if (legend && layout.legend) drawImage(context, legend, layout.legend);
  context.font = `400 ${m.footerSize}px ${FONT}`;
  drawLines(context, footer.slice(0, -1), m.margin, layout.footerBaselines);
  context.fillStyle = INK;
  context.font = `600 ${m.footerSize}px ${FONT}`;
  drawLines(context, footer.slice(-1), m.margin, layout.footerBaselines.slice(-1));
  return canvas;
}

export async function stampedPng(parts: PngParts, text: StampText): Promise<Blob> {
  const canvas = await stampedCanvas(parts, text);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded as PNG.'))), 'image/png'),
  );
}
