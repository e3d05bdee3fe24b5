/**
 * Where the single-file build carries the dataset: a `<script type="application/json">` element with this id, written
 * into the page at build time (scripts/single-file/vite-plugin.ts). The normal build has no such element and fetches
 * the dataset file instead. Kept free of imports so the build script can share it.
 */
export const EMBEDDED_DATASET_ID = 'ots-dataset';
/** The same for the shipped briefing. */
export const EMBEDDED_BRIEFING_ID = 'ots-briefing';

/**
 * The JSON text for the element: `<` is written as its JSON escape, which parses to the same value, so no string in the
 * dataset can close the script element or open a comment.
 */
export function embeddableJson(text: string): string {
  return text.trim().replace(/</g, '\\u003c');
}

/** The text of a JSON script element the page carries, or null when there is none (the normal build). */
export function embeddedJsonText(id: string, doc: Document | undefined = globalThis.document): string | null {
  const element = doc?.getElementById(id);
  return element instanceof HTMLScriptElement && element.type === 'application/json' ? element.text : null;
}
