/**
 * Fetching and reading dataset files. Every failure becomes a DatasetLoadError that names the file and the first
 * problems, so the UI can say what is wrong and where.
 */
import { parseDataset, type Problem } from './validate';
import type { Dataset } from './schema';

export type LoadFailure = 'network' | 'json' | 'schema';

export class DatasetLoadError extends Error {
  readonly file: string;
  readonly failure: LoadFailure;
  readonly problems: Problem[];

  constructor(file: string, failure: LoadFailure, problems: Problem[]) {
    super(`${file}: ${problems[0]?.message ?? failure}`);
    this.name = 'DatasetLoadError';
    this.file = file;
    this.failure = failure;
    this.problems = problems;
  }
}

/** The bundled dataset, relative to the page so the app works from any sub-path. */
export const BUNDLED_DATASET_URL = 'data/ots.json';

/** Parses the text of a dataset file; throws DatasetLoadError on invalid JSON or a schema violation. */
export function readDatasetText(file: string, text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(file, 'json', [{ path: '', message: `not valid JSON (${detail})` }]);
  }
  const result = parseDataset(json);
  if (!result.ok) throw new DatasetLoadError(file, 'schema', result.problems);
  return result.dataset;
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const file = url.split('/').pop() ?? url;
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(file, 'network', [{ path: '', message: `could not be fetched (${detail})` }]);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DatasetLoadError(file, 'network', [{ path: '', message: `could not be fetched (HTTP ${status})` }]);
  }
  return readDatasetText(file, await response.text());
}
