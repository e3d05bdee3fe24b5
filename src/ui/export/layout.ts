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
 * A legend much taller than wide, or a figure much wider than tall, sits beside the figure (at most 30% of the width);
 * otherwise it sits below it (at most 30% of the height). The figure takes the rest.
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

  const legend = input.legend;
  if (!legend || legend.width <= 0 || legend.height <= 0) {
    return { titleBaseline, subtitleBaselines, footerBaselines, body, figure: fitContain(input.figure, body, maxScale), legend: null };
  }
  const gap = m.margin / 2;
  const beside = legend.height / legend.width > 0.6 || input.figure.width / input.figure.height > 2.2;
  if (beside) {
    const legendBox: Rect = { x: body.x + body.width * 0.7 + gap / 2, y: body.y, width: body.width * 0.3 - gap / 2, height: body.height };
    const placed = fitContain(legend, legendBox, maxScale);
    const figureBox: Rect = { ...body, width: body.width - placed.width - gap };
    return { titleBaseline, subtitleBaselines, footerBaselines, body, figure: fitContain(input.figure, figureBox, maxScale), legend: { ...placed, x: body.x + body.width - placed.width, y: body.y } };
  }
  const legendBox: Rect = { x: body.x, y: body.y + body.height * 0.7 + gap / 2, width: body.width, height: body.height * 0.3 - gap / 2 };
  const placed = fitContain(legend, legendBox, maxScale);
  const figureBox: Rect = { ...body, height: body.height - placed.height - gap };
  const figure = fitContain(input.figure, figureBox, maxScale);
  return { titleBaseline, subtitleBaselines, footerBaselines, body, figure, legend: { ...placed, x: body.x, y: figure.y + figure.height + gap } };
}
