/**
 * Fetching and reading dataset files. Every failure becomes a DatasetLoadError that names the file and the first
 * problems, so the UI can say what is wrong and where. A file is validated in the validator worker
 * (validate-client.ts), off the page's main thread; only where no worker can be had does the page validate it itself.
 */
import type * as Validate from './validate';
import { EMBEDDED_DATASET_ID, embeddedJsonText } from './embedded';
import { fetchText } from './fetch-text';
import type { Dataset } from './schema';
import { DatasetLoadError } from './dataset-error';
import { validateOffThread, type JobProgress } from './validate-client';

export { DatasetLoadError, type LoadFailure } from './dataset-error';
export type { JobProgress };

/**
 * The validator (zod and the schema) is its own chunk, loaded only for a file the build has not validated (see
 * validatedAtBuild). Loaded once; a failed load is tried again on the next call.
 */
let validator: Promise<typeof Validate> | undefined;
export function loadValidator(): Promise<typeof Validate> {
  validator ??= import('./validate').catch((error: unknown) => {
    validator = undefined;
    throw error;
  });
  return validator;
}

/** The bundled dataset, relative to the page so the app works from any sub-path. */
export const BUNDLED_DATASET_URL = 'data/ots.json';
/** The bundled dataset's file name, as the UI names it wherever the dataset came from. */
export const BUNDLED_DATASET_NAME = BUNDLED_DATASET_URL.split('/').pop() ?? BUNDLED_DATASET_URL;

/** SHA-256 digests (hex) of the dataset texts the build validated (scripts/vite/validated-dataset.ts). */
declare const __VALIDATED_DATASETS__: readonly string[] | undefined;
const VALIDATED = typeof __VALIDATED_DATASETS__ === 'undefined' ? [] : __VALIDATED_DATASETS__;

/**
 * Whether `text` is, byte for byte, a dataset file the build validated: the shipped file, served or embedded in the
 * single file. Hashed with SubtleCrypto, which runs off the main thread; where there is none (a page served over plain
 * HTTP from another machine is not a secure context), nothing is trusted.
 */
export async function validatedAtBuild(text: string, digests: readonly string[] = VALIDATED): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (digests.length === 0 || !subtle) return false;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return digests.includes(hex);
  } catch {
    return false;
  }
}

/** Parses and validates on the main thread: only where the validator worker cannot be started. */
export async function validateOnMainThread(file: string, text: string): Promise<Dataset> {
  const { parseDataset } = await loadValidator();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(file, 'json', [{ path: '', message: `not valid JSON (${detail})` }]);
  }
  const result = parseDataset(json);
  if (!result.ok) throw new DatasetLoadError(file, 'schema', result.problems, result);
  return result.dataset;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

/**
 * Parses the text of a dataset file; rejects with DatasetLoadError on invalid JSON or a schema violation. The file the
 * build validated is only parsed: validating it again would give the same answer. Any other text is validated off the
 * main thread.
 */
export async function readDatasetText(file: string, text: string, digests: readonly string[] = VALIDATED, options: ReadOptions = {}): Promise<Dataset> {
  if (await validatedAtBuild(text, digests)) return JSON.parse(text) as Dataset;
  return validateOffThread(file, { kind: 'text', text }, digests, { ...options, fallback: () => validateOnMainThread(file, text) });
}

/**
 * Reads a file the user opened: it is handed to the validator worker as it is, so the page neither reads, parses nor
 * validates it. Nothing here waits for the network.
 */
export async function readDatasetFile(file: File, options: ReadOptions = {}, digests: readonly string[] = VALIDATED): Promise<Dataset> {
  const fallback = async () => {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new DatasetLoadError(file.name, 'read', [{ path: '', message: `could not be read (${detail})` }]);
    }
    if (await validatedAtBuild(text, digests)) return JSON.parse(text) as Dataset;
    return validateOnMainThread(file.name, text);
  };
  return validateOffThread(file.name, { kind: 'file', file }, digests, { ...options, fallback });
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const file = url.split('/').pop() ?? url;
  const text = await fetchText(url, signal, (message) => new DatasetLoadError(file, 'network', [{ path: '', message }]));
  return readDatasetText(file, text);
}

/** The dataset text the page carries itself (the single-file build), or null when it must be fetched. */
export function embeddedDatasetText(doc: Document | undefined = globalThis.document): string | null {
  return embeddedJsonText(EMBEDDED_DATASET_ID, doc);
}

/**
 * The bundled dataset: read from the page when it carries it (the single file works from disk, where nothing can be
 * fetched), else fetched. Either way it goes through the same parse and validation.
 */
export async function loadBundledDataset(signal?: AbortSignal, doc?: Document): Promise<Dataset> {
  const embedded = embeddedDatasetText(doc);
  if (embedded !== null) return readDatasetText(BUNDLED_DATASET_NAME, embedded);
  return fetchDataset(BUNDLED_DATASET_URL, signal);
}
