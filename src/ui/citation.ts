/**
 * How the atlas names a source, in every view and every export: by its publisher and title, never by its id. The
 * publisher's own page comes first; a copy the figures were read from is a second line, "retrieved from", never the
 * source; a source with no publisher's page says why.
 */
import type { Source } from '../data/schema';
import { formatPartialDate } from './format';

/** "World Bank: World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD" */
export function citationName(source: Pick<Source, 'publisher' | 'title'>): string {
  return `${source.publisher}: ${source.title}`;
}

/** "World Bank, AZERTAC +2": the publishers at a glance, each once. */
export function publisherList(sources: readonly Pick<Source, 'publisher'>[]): string {
  const names = [...new Set(sources.map((s) => s.publisher))];
  return names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`;
}

/** The release and publication date, where known: "WDI bulk CSV, last updated 2026-07-13" or "published 30 October 2025". */
export function citationDetail(source: Pick<Source, 'version' | 'published'>): string | null {
  const parts = [source.version, source.published ? `published ${formatPartialDate(source.published)}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * The source in plain text, one line per part, for CSV comments and other text exports:
 * "World Bank: … <https://data.worldbank.org/…>", "retrieved from … <https://github.com/…>", and any caveat.
 */
export function citationLines(source: Source): string[] {
  const detail = citationDetail(source);
  const head = `${citationName(source)}${detail ? ` (${detail})` : ''}${source.url ? ` <${source.url}>` : ' (no page of the publisher’s own)'}`;
  return [
    head,
    ...(source.retrievedFrom ? [`retrieved from ${source.retrievedFrom.site} <${source.retrievedFrom.url}>`] : []),
    ...(source.caveat ? [source.caveat] : []),
  ];
}

/** One line: the citation's parts joined, for a cell or an image footer. */
export function citationText(source: Source): string {
  return citationLines(source).join('; ');
}

/** The shortest honest reference for a table cell: "World Bank: GDP … <url>", with the copy only when there is no page. */
export function citationCell(source: Source): string {
  const where = source.url ?? source.retrievedFrom?.url;
  return `${citationName(source)}${where ? ` <${where}>` : ''}`;
}
