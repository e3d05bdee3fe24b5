import { queryOptions } from '@tanstack/react-query';
import { loadBundledDataset, readDatasetFile, type JobProgress } from './load-dataset';
import { loadShippedBriefing } from './load-briefing';

/** Which dataset is in use: the bundled file, or one the user opened. */
export type DatasetRef = { kind: 'bundled' } | { kind: 'file'; name: string; token: number };

interface OpenedFile {
  file: File;
  /** Who to tell how reading and checking it is going. */
  onProgress?: (progress: JobProgress) => void;
}

/** Files the user opened, by token; read again only if the cache entry is dropped. */
const openedFiles = new Map<number, OpenedFile>();
let nextToken = 1;

export function registerOpenedFile(file: File, onProgress?: (progress: JobProgress) => void): DatasetRef {
  const token = nextToken++;
  openedFiles.set(token, { file, ...(onProgress ? { onProgress } : {}) });
  return { kind: 'file', name: file.name, token };
}

export function forgetOpenedFile(ref: DatasetRef): void {
  if (ref.kind === 'file') openedFiles.delete(ref.token);
}

export function datasetQuery(ref: DatasetRef) {
  return queryOptions({
    queryKey: ['dataset', ref] as const,
    queryFn: async ({ signal }) => {
      if (ref.kind === 'bundled') return loadBundledDataset(signal);
      const opened = openedFiles.get(ref.token);
      if (!opened) throw new Error(`${ref.name} is no longer available; open it again`);
      return readDatasetFile(opened.file, { signal, ...(opened.onProgress ? { onProgress: opened.onProgress } : {}) });
    },
    staleTime: Infinity,
    // A file the user opened cannot be fetched again once dropped from the cache.
    gcTime: ref.kind === 'file' ? Infinity : 5 * 60_000,
    retry: false,
    // Never wait for the browser to say it is online: a file on disk and a dataset the page carries need no network,
    // and a fetch that cannot be made fails at once, with its message and a Retry, rather than waiting unseen.
    networkMode: 'always',
  });
}

/** The briefing shipped with the atlas; fetched only when briefing mode or the briefing editor needs it. */
export function defaultBriefingQuery() {
  return queryOptions({
    queryKey: ['briefing', 'default'] as const,
    queryFn: ({ signal }) => loadShippedBriefing(signal),
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
}
