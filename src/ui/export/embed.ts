/**
 * Embedding one panel in another page: `?embed=<panel>` shows just that panel, with the rest of the link's view.
 */

export const EMBED_PANELS = ['map', 'gdp', 'trade', 'timeline', 'claims'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];
export const EMBED_PARAM = 'embed';

export function isEmbedPanel(value: string): value is EmbedPanel {
  return (EMBED_PANELS as readonly string[]).includes(value);
}

/** The address of a panel on its own, keeping the current view (selection, year, scope and any other parameter). */
export function embedUrl(href: string, panel: EmbedPanel): string {
  const url = new URL(href);
  url.searchParams.set(EMBED_PARAM, panel);
  url.hash = '';
  return url.toString();
}

/** The full atlas at the same view: the address without `embed`. */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(EMBED_PARAM);
  url.hash = '';
  return url.toString();
}

export interface EmbedFrame {
  src: string;
  title: string;
  width: number;
  height: number;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML to paste into a page: an iframe of the panel, titled for assistive technology, loaded lazily. */
export function embedSnippet({ src, title, width, height }: EmbedFrame): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
