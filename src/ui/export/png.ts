/**
 * A panel as a PNG: the figure and its legend rasterised with html-to-image, composed on a canvas of PNG_SIZE with
 * the title and subtitle above and the source line and as-of date below. Everything is drawn from the page itself
 * (no fonts or images fetched), so it works offline and under a strict `img-src 'self' data: blob:` policy.
 */
import { toCanvas } from 'html-to-image';
import { PNG_SIZE, STAMP_METRICS, stampLayout, wrapText, type Rect } from './layout';
import { asOfLine, sourceSummary, type StampText } from './stamp-text';

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
  /** Elements inside the figure or legend left out of the image (controls, tooltips, online tiles). */
  skip?: string;
}

async function rasterise(node: HTMLElement, skip: string | undefined): Promise<HTMLCanvasElement> {
  return toCanvas(node, {
    pixelRatio: RASTER_RATIO,
    backgroundColor: '#ffffff',
    // Only the system fonts the page uses: nothing to embed, nothing to fetch.
    skipFonts: true,
    filter: (child) => !(skip && child instanceof Element && child.matches(skip)),
  });
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
    parts.legend ? rasterise(parts.legend, parts.skip) : Promise.resolve(null),
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
  const footer = [...wrapText(sourceSummary(text.sources), inner, measureAt(m.footerSize), MAX_SOURCE_LINES), asOfLine(text.asOf)];
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
