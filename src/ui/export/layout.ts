/**
 * Where the parts of a stamped panel image go: the title and subtitle at the top, the figure and its legend in the
 * middle, the source line and the as-of date at the foot. Pure arithmetic, shared by the PNG and the SVG exports.
 */

/**
 * Every panel PNG is this size in pixels, whatever the panel's size on screen: 800 × 500 CSS pixels drawn at a pixel
 * ratio of 2. A fixed size keeps exports comparable and lets a test check the file's dimensions.
 */
export const PNG_SIZE = { width: 1600, height: 1000 } as const;

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/** Scales a size to fit inside a box, keeping its shape, never enlarging it beyond `maxScale`; centred in the box. */
export function fitContain(size: Size, box: Rect, maxScale = Infinity): Rect {
  if (size.width <= 0 || size.height <= 0 || box.width <= 0 || box.height <= 0) return { ...box, width: 0, height: 0 };
  const scale = Math.min(box.width / size.width, box.height / size.height, maxScale);
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

/**
 * Breaks text into lines no wider than `maxWidth` as measured by `measure`, at spaces. A word longer than a line
 * gets a line of its own. With `maxLines`, the last line kept ends in "…" when text was left out.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const lastWords = (kept[maxLines - 1] ?? '').split(' ');
  let last = `${lastWords.join(' ')} …`;
  while (lastWords.length > 1 && measure(last) > maxWidth) {
    lastWords.pop();
    last = `${lastWords.join(' ')} …`;
  }
  kept[maxLines - 1] = last;
  return kept;
}

export interface StampMetrics {
  margin: number;
  titleSize: number;
  subtitleSize: number;
  footerSize: number;
  /** Line height as a multiple of the font size. */
  leading: number;
}

/** Type sizes for the stamped 1600 × 1000 image (in its own pixels). */
export const STAMP_METRICS: StampMetrics = { margin: 40, titleSize: 40, subtitleSize: 24, footerSize: 20, leading: 1.35 };

export interface StampLayoutInput {
  canvas: Size;
  figure: Size;
  legend: Size | null;
  /** Lines already wrapped to the canvas width. */
  subtitleLines: number;
  footerLines: number;
  metrics?: StampMetrics;
  /** The figure and legend images are at most this many times their own size (they are drawn at a pixel ratio). */
  maxScale?: number;
}

export interface StampLayout {
  /** Baselines of the text, from the top. */
  titleBaseline: number;
  subtitleBaselines: number[];
  footerBaselines: number[];
  figure: Rect;
  legend: Rect | null;
  /** The area between header and footer. */
  body: Rect;
}

/**
 * The legend is drawn at the figure's scale, or at `LEGEND_SCALE` if that is smaller: large enough to read (its 15px
 * text, rasterised at twice its size, comes out at 18px), so that a large legend does not shrink the figure. A legend
 * too long for the body shrinks further to fit.
 */
export const LEGEND_SCALE = 0.6;

type Arrangement = 'below' | 'beside';

/** The legend's scale for a figure scale: never larger than the figure's, and shrunk to fit along the body. */
function legendScale(arrangement: Arrangement, s: number, legend: Size, body: Size): number {
  return Math.min(s, LEGEND_SCALE, arrangement === 'below' ? body.width / legend.width : body.height / legend.height);
}

/** Whether the figure at scale `s`, with its legend, fits the body in an arrangement. */
function fits(arrangement: Arrangement, s: number, f: Size, legend: Size, body: Size, gap: number): boolean {
  const l = legendScale(arrangement, s, legend, body);
  if (arrangement === 'below') {
    return Math.max(f.width * s, legend.width * l) <= body.width && f.height * s + gap + legend.height * l <= body.height;
  }
  return f.width * s + gap + legend.width * l <= body.width && Math.max(f.height * s, legend.height * l) <= body.height;
}

/** The largest scale at which the figure fits with its legend (by bisection: fitting only gets harder as s grows). */
function largestScale(arrangement: Arrangement, f: Size, legend: Size, body: Size, gap: number, maxScale: number): number {
  if (fits(arrangement, maxScale, f, legend, body, gap)) return maxScale;
  let low = 0;
  let high = maxScale;
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (fits(arrangement, mid, f, legend, body, gap)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * Lays out the stamped image: the legend goes below the figure or beside it, whichever lets the figure be drawn
 * larger, and the pair is centred across the body.
 */
export function stampLayout(input: StampLayoutInput): StampLayout {
  const m = input.metrics ?? STAMP_METRICS;
  const maxScale = input.maxScale ?? 1;
  const { width, height } = input.canvas;
  const inner = width - 2 * m.margin;
  const titleBaseline = m.margin + m.titleSize;
  const subtitleBaselines = Array.from({ length: input.subtitleLines }, (_, i) => titleBaseline + (i + 1) * m.subtitleSize * m.leading);
  const headerBottom = (subtitleBaselines[subtitleBaselines.length - 1] ?? titleBaseline) + m.margin / 2;
  const footerLine = m.footerSize * m.leading;
  const footerTop = height - m.margin - input.footerLines * footerLine;
  const footerBaselines = Array.from({ length: input.footerLines }, (_, i) => footerTop + (i + 1) * footerLine - (footerLine - m.footerSize) / 2);
  const body: Rect = { x: m.margin, y: headerBottom, width: inner, height: Math.max(0, footerTop - m.margin / 2 - headerBottom) };
  const text = { titleBaseline, subtitleBaselines, footerBaselines, body };

  const f = input.figure;
  const legend = input.legend;
  if (!legend || legend.width <= 0 || legend.height <= 0) return { ...text, figure: fitContain(f, body, maxScale), legend: null };
  const gap = m.margin / 2;
  const below = largestScale('below', f, legend, body, gap, maxScale);
  const beside = largestScale('beside', f, legend, body, gap, maxScale);
  const arrangement: Arrangement = below >= beside ? 'below' : 'beside';
  const s = Math.max(below, beside);
  const l = legendScale(arrangement, s, legend, body);
  const fw = f.width * s;
  const fh = f.height * s;
  const lw = legend.width * l;
  const lh = legend.height * l;
  if (arrangement === 'below') {
    const x = body.x + (body.width - Math.max(fw, lw)) / 2;
    return { ...text, figure: { x, y: body.y, width: fw, height: fh }, legend: { x, y: body.y + fh + gap, width: lw, height: lh } };
  }
  const x = body.x + (body.width - fw - gap - lw) / 2;
  return { ...text, figure: { x, y: body.y, width: fw, height: fh }, legend: { x: x + fw + gap, y: body.y, width: lw, height: lh } };
}
