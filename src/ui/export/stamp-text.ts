/** The words stamped into an exported image: what it shows, where the figures come from, and as of when. */
import type { Source } from '../../data/schema';
import { formatPartialDate } from '../format';

export interface StampText {
  /** The panel's title: "GDP". */
  title: string;
  /** What exactly is shown: "GDP of the members, 2000–2025, current US$, stacked to the OTS total". */
  subtitle: string;
  /** The sources behind the figures shown, in the order the panel lists them. */
  sources: readonly Source[];
  /** The dataset's as-of date. */
  asOf: string;
}

/**
 * "Sources: World Bank: GDP (current US$), NY.GDP.MKTP.CD; Population, total, SP.POP.TOTL. Report.az: …": each
 * publisher once, with the titles of its sources. Never ids: the image is read by people, not by the atlas.
 */
export function sourceSummary(sources: readonly Source[]): string {
  if (sources.length === 0) return 'Sources: none recorded.';
  const byPublisher = new Map<string, string[]>();
  for (const s of sources) byPublisher.set(s.publisher, [...new Set([...(byPublisher.get(s.publisher) ?? []), s.title])]);
  const parts = [...byPublisher].map(([publisher, titles]) => `${publisher}: ${titles.join('; ')}`);
  return `Sources: ${parts.join('. ')}.`;
}

/**
 * The shorter form, for an image with room for only a few lines: each publisher once, with how many of its sources
 * are behind the figure. Still names, never ids; the titles are in the CSV export.
 */
export function publisherSummary(sources: readonly Source[]): string {
  if (sources.length === 0) return 'Sources: none recorded.';
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
  const parts = [...counts].map(([publisher, n]) => (n > 1 ? `${publisher} (${n})` : publisher));
  return `Sources: ${parts.join('; ')}. Each source's title and address is in the CSV export.`;
}

export function asOfLine(asOf: string): string {
  return `Data as of ${formatPartialDate(asOf)} · OTS Atlas`;
}
