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

/** "Sources: World Bank (wb-gdp, wb-population); CIA (cia-factbook-aj)": each publisher once, with its source ids. */
export function sourceSummary(sources: readonly Source[]): string {
  if (sources.length === 0) return 'Sources: none recorded.';
  const byPublisher = new Map<string, string[]>();
  for (const s of sources) byPublisher.set(s.publisher, [...(byPublisher.get(s.publisher) ?? []), s.id]);
  const parts = [...byPublisher].map(([publisher, ids]) => `${publisher} (${ids.join(', ')})`);
  return `Sources: ${parts.join('; ')}.`;
}

export function asOfLine(asOf: string): string {
  return `Data as of ${formatPartialDate(asOf)} · OTS Atlas`;
}
