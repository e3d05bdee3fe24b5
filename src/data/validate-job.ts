/**
 * Reading, parsing and validating a dataset file, as the validator worker does it (dataset-worker.ts), in a form the
 * unit tests can run directly. Every step reports its progress; the result goes back in pieces (see `sendDataset`) so
 * that no single message takes the page long to receive.
 */
import { parseDataset, type Problem } from './validate';
import type { Dataset } from './schema';
import type { LoadFailure } from './dataset-error';

export type JobSource = { kind: 'file'; file: Blob } | { kind: 'text'; text: string };

export interface JobRequest {
  source: JobSource;
  /** SHA-256 digests of the texts the build validated: such a text is parsed, not validated again. */
  digests: readonly string[];
}

/** Where a job has got to. `done` and `total` count bytes when reading, items when checking, pieces when receiving. */
export type JobProgress =
  | { stage: 'reading'; done: number; total: number }
  | { stage: 'parsing' }
  | { stage: 'checking'; section: string; done: number; total: number }
  | { stage: 'references' }
  | { stage: 'receiving'; done: number; total: number };

export type JobMessage =
  | { type: 'progress'; progress: JobProgress }
  /** The dataset with its long lists emptied; `pieces` messages follow, then `done`. */
  | { type: 'dataset'; dataset: Dataset; pieces: number }
  | { type: 'piece'; path: (string | number)[]; items: unknown[] }
  | { type: 'done' }
  | { type: 'failed'; failure: LoadFailure; problems: Problem[]; total: number; stopped: boolean };

type Post = (message: JobMessage) => void;

/** A list longer than this goes back in pieces of this many items. */
export const PIECE = 2000;

async function readText(source: JobSource, post: Post): Promise<string> {
  if (source.kind === 'text') return source.text;
  const { file } = source;
  const total = file.size;
  post({ type: 'progress', progress: { stage: 'reading', done: 0, total } });
  if (typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let done = 0;
  let last = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    text += decoder.decode(chunk.value, { stream: true });
    const now = Date.now();
    if (now - last >= 50) {
      last = now;
      post({ type: 'progress', progress: { stage: 'reading', done, total } });
    }
  }
  text += decoder.decode();
  post({ type: 'progress', progress: { stage: 'reading', done: total, total } });
  return text;
}

async function digestOf(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/**
 * Sends a dataset back: first the dataset with every list of more than PIECE items emptied, then those lists in
 * pieces, then `done`. Each message is a task of its own on the receiving side, so none is long. Takes the dataset
 * apart: the sender must not use it afterwards.
 */
export function sendDataset(dataset: Dataset, post: Post): void {
  const pieces: { path: (string | number)[]; items: unknown[] }[] = [];
  // The validated dataset is as deep as the schema; a stack keeps even that from recursing.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: dataset, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      if (Array.isArray(child) && child.length > PIECE) {
        for (let i = 0; i < child.length; i += PIECE) pieces.push({ path: [...path, key], items: child.slice(i, i + PIECE) });
        (value as Record<string | number, unknown>)[key] = [];
      } else if (child !== null && typeof child === 'object') {
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  post({ type: 'dataset', dataset, pieces: pieces.length });
  for (const piece of pieces) post({ type: 'piece', ...piece });
  post({ type: 'done' });
}

/** Puts back the pieces `sendDataset` took apart, in the order they came. */
export function addPiece(dataset: Dataset, path: readonly (string | number)[], items: readonly unknown[]): void {
  let node: unknown = dataset;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  const list = node as unknown[];
  for (const item of items) list.push(item);
}

/** Reads, parses and validates; every outcome is a message, nothing throws. */
export async function runJob({ source, digests }: JobRequest, post: Post): Promise<void> {
  let text: string;
  try {
    text = await readText(source, post);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', failure: 'read', problems: [{ path: '', message: `could not be read (${detail})` }], total: 1, stopped: false });
    return;
  }
  const trusted = digests.length > 0 && digests.includes((await digestOf(text)) ?? '');
  post({ type: 'progress', progress: { stage: 'parsing' } });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', failure: 'json', problems: [{ path: '', message: `not valid JSON (${detail})` }], total: 1, stopped: false });
    return;
  }
  if (trusted) {
    sendDataset(json as Dataset, post);
    return;
  }
  const result = parseDataset(json, {
    onProgress: ({ section, done, total }) =>
      post({ type: 'progress', progress: section === 'references' ? { stage: 'references' } : { stage: 'checking', section, done, total } }),
  });
  if (!result.ok) {
    post({ type: 'failed', failure: 'schema', problems: result.problems, total: result.total, stopped: result.stopped });
    return;
  }
  sendDataset(result.dataset, post);
}
