/**
 * The page's side of the validator worker: hands it a file (or text), follows its progress, and puts the validated
 * dataset back together from the pieces it sends. The main thread never parses or validates the file, so the page
 * stays responsive however large or hostile it is; a job can be cancelled (the worker is stopped).
 *
 * Where no worker can be started (no Worker in the environment, a policy that forbids it, its script could not be
 * loaded), the same validation runs on the main thread instead, as `fallback`.
 */
import { DatasetLoadError } from './dataset-error';
import type { Dataset } from './schema';
import { addPiece, type JobMessage, type JobProgress, type JobRequest, type JobSource } from './validate-job';

export type { JobProgress, JobSource };

export interface ValidateOptions {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** Validation on the main thread, for when no worker can be had. */
  fallback: () => Promise<Dataset>;
  /** How to start the worker; the real one unless a test passes its own. */
  spawn?: () => Promise<Worker>;
}

/** Stopped on purpose: the user cancelled (an AbortError, as fetch gives). */
function aborted(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The dataset was not opened: cancelled', 'AbortError');
}

async function defaultSpawn(): Promise<Worker> {
  if (typeof Worker === 'undefined') throw new Error('no Worker in this environment');
  const { spawnValidator } = await import('./spawn-validator');
  return spawnValidator();
}

/** Validates a dataset file in the validator worker. Rejects with DatasetLoadError, or an AbortError when cancelled. */
export async function validateOffThread(file: string, source: JobSource, digests: readonly string[], options: ValidateOptions): Promise<Dataset> {
  const { signal, onProgress, fallback, spawn = defaultSpawn } = options;
  if (signal?.aborted) throw aborted(signal);
  let worker: Worker;
  try {
    worker = await spawn();
  } catch {
    return fallback();
  }
  return new Promise<Dataset>((resolve, reject) => {
    let heard = false;
    let dataset: Dataset | null = null;
    let pieces = 0;
    let received = 0;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(aborted(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // The worker's script could not be run (blocked, or not downloaded): validate here instead.
      if (!heard) fallback().then(resolve, reject);
      else reject(new DatasetLoadError(file, 'read', [{ path: '', message: `could not be checked (${event.message || 'the validator stopped'})` }]));
    };
    worker.onmessage = (event: MessageEvent<JobMessage>) => {
      heard = true;
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress?.(message.progress);
          return;
        case 'dataset':
          dataset = message.dataset;
          pieces = message.pieces;
          if (pieces > 0) onProgress?.({ stage: 'receiving', done: 0, total: pieces });
          return;
        case 'piece':
          if (!dataset) return;
          addPiece(dataset, message.path, message.items);
          received++;
          onProgress?.({ stage: 'receiving', done: received, total: pieces });
          return;
        case 'done':
          finish();
          if (dataset) resolve(dataset);
          else reject(new DatasetLoadError(file, 'read', [{ path: '', message: 'the validator sent no dataset' }]));
          return;
        case 'failed':
          finish();
          reject(new DatasetLoadError(file, message.failure, message.problems, message));
          return;
      }
    };
    const request: JobRequest = { source, digests };
    worker.postMessage(request);
  });
}
