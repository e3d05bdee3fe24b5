/**
 * The validator worker for the single-file build: its code is carried in the page and started from a blob: URL, as
 * a page opened from disk cannot load a worker from a second file. That page has no Content-Security-Policy; the hosted
 * build, which has one, uses spawn-validator.ts.
 */
import ValidatorWorker from './dataset-worker?worker&inline';

export function spawnValidator(): Worker {
  return new ValidatorWorker({ name: 'dataset-validator' });
}
