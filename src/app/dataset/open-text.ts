/** What the atlas says about opening a dataset file: its progress, its outcome and its problems. */
import type { DatasetLoadError, JobProgress } from '../../data/load-dataset';
import { formatInteger } from '../../ui/format';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes >= 10 * MB ? formatInteger(Math.round(bytes / MB)) : (Math.round((bytes / MB) * 10) / 10).toString());

/** The steps of opening a file, in order, for "step 2 of 4". */
const STEPS: JobProgress['stage'][] = ['reading', 'parsing', 'checking', 'receiving'];

export interface ProgressText {
  /** "Step 3 of 4: checking the sources (45,000 of 99,000)" */
  label: string;
  /** How far through the step, 0 to 1; null when the step cannot say (parsing JSON). */
  fraction: number | null;
}

export function progressText(progress: JobProgress | null): ProgressText {
  if (!progress) return { label: 'Starting…', fraction: null };
  const step = (stage: JobProgress['stage']) => `Step ${STEPS.indexOf(stage === 'references' ? 'checking' : stage) + 1} of ${STEPS.length}`;
  switch (progress.stage) {
    case 'reading':
      return {
        label: `${step('reading')}: reading the file (${megabytes(progress.done)} of ${megabytes(progress.total)} MB)`,
        fraction: progress.total > 0 ? progress.done / progress.total : null,
      };
    case 'parsing':
      return { label: `${step('parsing')}: reading the JSON`, fraction: null };
    case 'checking':
      return {
        label: `${step('checking')}: checking the ${progress.section} (${formatInteger(progress.done)} of ${formatInteger(progress.total)})`,
        fraction: progress.total > 0 ? progress.done / progress.total : null,
      };
    case 'references':
      return { label: `${step('references')}: checking that every id it names exists`, fraction: null };
    case 'receiving':
      return {
        label: `${step('receiving')}: taking in the dataset (${formatInteger(progress.done)} of ${formatInteger(progress.total)} parts)`,
        fraction: progress.total > 0 ? progress.done / progress.total : null,
      };
  }
}

const problems = (n: number) => `${formatInteger(n)} ${n === 1 ? 'problem' : 'problems'}`;

export function describeFailure(error: DatasetLoadError): string {
  switch (error.failure) {
    case 'network':
      return `${error.file} could not be fetched.`;
    case 'read':
      return `${error.file} could not be read.`;
    case 'json':
      return `${error.file} is not valid JSON.`;
    case 'schema':
      return error.stopped
        ? `${error.file} does not match the atlas's dataset format: checking stopped after ${problems(error.total)}.`
        : `${error.file} does not match the atlas's dataset format (${problems(error.total)}).`;
  }
}
