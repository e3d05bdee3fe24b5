/**
 * Starts the validator worker from its own file (`assets/dataset-worker-*.js`): a script of the page's own origin,
 * which a strict Content-Security-Policy (`script-src 'self'`) allows. The single-file build, opened from disk where no
 * second file can be loaded, uses spawn-validator.inline.ts instead (see vite.single.config.ts).
 */
import ValidatorWorker from './dataset-worker?worker';

export function spawnValidator(): Worker {
  return new ValidatorWorker({ name: 'dataset-validator' });
}
