/**
 * The dataset validator's worker: reads, parses and validates a dataset file off the page's main thread, so a large
 * or hostile file never freezes the page (see validate-job.ts for the work, validate-client.ts for the page's side).
 */
import { runJob, type JobMessage, type JobRequest } from './validate-job';

interface WorkerScope {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage: (message: JobMessage) => void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void runJob(event.data, (message) => scope.postMessage(message));
};
