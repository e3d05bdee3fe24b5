/**
 * A part of the atlas whose code could not be downloaded (a lazy chunk): whether that is what went wrong, and why:
 * the connection (Retry will do), or a redeploy since the page was opened, whose chunks have new names so the old
 * ones are gone (only reloading the page helps).
 */

const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to load module script/i;

export function isChunkFailure(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

/** The address of the chunk the error names, if it names one. */
export function chunkAddress(error: unknown, base: string = globalThis.document?.baseURI ?? ''): string | null {
  if (!(error instanceof Error)) return null;
  const match = /((?:https?|file):\/\/[^\s'"]+|\.{0,2}\/?assets\/[^\s'"]+)/.exec(error.message);
  if (!match?.[1]) return null;
  try {
    return new URL(match[1], base).href;
  } catch {
    return null;
  }
}

export type ChunkDiagnosis = 'gone' | 'unreachable' | 'there';

/**
 * Asks the server for the chunk again: gone (404, 410: the atlas was redeployed), unreachable (no connection), or
 * there (a passing failure). Never throws.
 */
export async function diagnoseChunk(error: unknown, fetcher: typeof fetch = globalThis.fetch): Promise<ChunkDiagnosis> {
  const address = chunkAddress(error);
  if (!address || !/^https?:/.test(address) || typeof fetcher !== 'function') return 'unreachable';
  try {
    const response = await fetcher(address, { method: 'HEAD', cache: 'no-store' });
    if (response.status === 404 || response.status === 410) return 'gone';
    return response.ok ? 'there' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/**
 * Removes style sheets that failed to load, so that downloading the chunk again loads its styles again (the preload
 * helper takes a `<link>` already in the page as loaded).
 */
export function dropFailedStylesheets(doc: Document | undefined = globalThis.document): void {
  if (!doc) return;
  for (const link of Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))) {
    if (link.sheet === null && link.href.includes('/assets/')) link.remove();
  }
}
