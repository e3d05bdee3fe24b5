/**
 * Where the single-file build carries the dataset: a `<script type="application/json">` element with this id, written
 * into the page at build time (scripts/single-file/vite-plugin.ts). The normal build has no such element and fetches
 * the dataset file instead. Kept free of imports so the build script can share it.
 */
export const EMBEDDED_DATASET_ID = 'ots-dataset';

/**
 * The JSON text for the element: `<` is written as its JSON escape, which parses to the same value, so no string in the
 * dataset can close the script element or open a comment.
 */
export function embeddableJson(text: string): string {
  return text.trim().replace(/</g, '\\u003c');
}
