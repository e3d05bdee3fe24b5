/** The one error a dataset file can fail with: it names the file, the kind of failure and the first problems. */
import type { Problem, ProblemReport } from './validate';

export type LoadFailure = 'network' | 'json' | 'schema' | 'read';

export class DatasetLoadError extends Error {
  readonly file: string;
  readonly failure: LoadFailure;
  /** The first problems (at most a hundred). */
  readonly problems: Problem[];
  /** How many problems were found, listed or not; a lower bound when `stopped`. */
  readonly total: number;
  /** Checking stopped at its budget before the end of the file. */
  readonly stopped: boolean;

  constructor(file: string, failure: LoadFailure, problems: Problem[], report?: Pick<ProblemReport, 'total' | 'stopped'>) {
    super(`${file}: ${problems[0]?.message ?? failure}`);
    this.name = 'DatasetLoadError';
    this.file = file;
    this.failure = failure;
    this.problems = problems;
    this.total = report?.total ?? problems.length;
    this.stopped = report?.stopped ?? false;
  }
}
