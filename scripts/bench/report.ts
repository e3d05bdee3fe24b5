/** The benchmark's statistics, its printed table, and the check against the budgets in bench/budgets.json. */
import { readFileSync } from 'node:fs';
import { CLICK_KINDS, type ClickKind } from './clicks.ts';
import type { LoadFigures } from './in-page.mjs';

export interface Budgets {
  readyRatio: number;
  mapDrawnRatio: number;
  jsBeforeFirstPaintKB: number;
  clickMedianMs: number;
  clickP95Ms: number;
}

export function readBudgets(path: string): Budgets {
  const budgets = JSON.parse(readFileSync(path, 'utf8')) as Partial<Budgets>;
  for (const key of ['readyRatio', 'mapDrawnRatio', 'jsBeforeFirstPaintKB', 'clickMedianMs', 'clickP95Ms'] as const) {
    if (typeof budgets[key] !== 'number') throw new Error(`${path}: "${key}" must be a number`);
  }
  return budgets as Budgets;
}

/** The value below which `p` of the values fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Results {
  runs: number;
  loads: { app: LoadFigures[]; bare: LoadFigures[] };
  /** Compressed bytes of the JavaScript needed before the first paint. */
  firstPaintJs: { app: number; bare: number };
  clicks: Record<ClickKind, number[]>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const article = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
const pad = (text: string, width: number) => text.padEnd(width);

function medianOf(loads: LoadFigures[], pick: (l: LoadFigures) => number | null): number {
  return median(loads.map(pick).filter((v): v is number => v != null));
}

/** Prints the table; returns the budgets exceeded, in words (empty when all are met). */
export function report(results: Results, budgets: Budgets): string[] {
  const { app, bare } = results.loads;
  const rows: Array<[string, string, string, string]> = [];
  const ratioRow = (label: string, pick: (l: LoadFigures) => number | null, format: (v: number) => string) => {
    const a = medianOf(app, pick);
    const b = medianOf(bare, pick);
    rows.push([label, format(b), format(a), b > 0 ? `${(a / b).toFixed(2)}×` : '—']);
    return a / b;
  };
  ratioRow('first contentful paint', (l) => l.fcp, ms);
  ratioRow('land drawn (before the dataset)', (l) => l.landDrawn, ms);
  const mapRatio = ratioRow('map drawn (land and dataset shapes)', (l) => l.mapDrawn, ms);
  const readyRatio = ratioRow('ready (atlas: ots:ready)', (l) => l.ready, ms);
  ratioRow('every view drawn (below the fold too)', (l) => l.allDrawn, ms);
  ratioRow('JavaScript transferred', (l) => l.bytes.js, kb);
  ratioRow('CSS transferred', (l) => l.bytes.css, kb);
  ratioRow('data transferred', (l) => l.bytes.data, kb);
  const { app: jsApp, bare: jsBare } = results.firstPaintJs;
  rows.push(['JavaScript before first paint', kb(jsBare), kb(jsApp), `${(jsApp / jsBare).toFixed(2)}×`]);

  console.log('');
  console.log(`Page loads: medians of ${results.runs} cold loads each; bytes gzip-compressed as served`);
  const widths = [40, 14, 14, 8];
  console.log(['measure', 'bare page', 'atlas', 'ratio'].map((h, i) => pad(h, widths[i]!)).join(''));
  for (const row of rows) console.log(row.map((cell, i) => pad(cell, widths[i]!)).join(''));

  console.log('');
  console.log('Clicks in the atlas → every view updated and painted');
  console.log(['click on', 'samples', 'median', 'p95', 'max'].map((h) => pad(h, 12)).join(''));
  const exceeded: string[] = [];
  for (const kind of CLICK_KINDS) {
    const times = results.clicks[kind];
    const [med, p95] = [median(times), percentile(times, 0.95)];
    console.log([article(kind), String(times.length), ms(med), ms(p95), ms(Math.max(...times))].map((c) => pad(c, 12)).join(''));
    if (!(med < budgets.clickMedianMs)) exceeded.push(`click on ${article(kind)}: median ${ms(med)} (budget < ${budgets.clickMedianMs} ms)`);
    if (!(p95 < budgets.clickP95Ms)) exceeded.push(`click on ${article(kind)}: p95 ${ms(p95)} (budget < ${budgets.clickP95Ms} ms)`);
  }
  if (!(readyRatio <= budgets.readyRatio)) exceeded.push(`ots:ready is ${readyRatio.toFixed(2)}× the bare page (budget ≤ ${budgets.readyRatio}×)`);
  if (!(mapRatio <= budgets.mapDrawnRatio)) exceeded.push(`map drawn is ${mapRatio.toFixed(2)}× the bare page (budget ≤ ${budgets.mapDrawnRatio}×)`);
  if (!(jsApp / 1024 < budgets.jsBeforeFirstPaintKB)) {
    exceeded.push(`JavaScript before first paint is ${kb(jsApp)} (budget < ${budgets.jsBeforeFirstPaintKB} KB)`);
  }
  return exceeded;
}
