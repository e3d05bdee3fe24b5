import { queryOptions } from '@tanstack/react-query';
import { loadBundledDataset, readDatasetText } from './load-dataset';
import { loadShippedBriefing } from './load-briefing';

/** Which dataset is in use: the bundled file, or one the user opened. */
export type DatasetRef = { kind: 'bundled' } | { kind: 'file'; name: string; token: number };

/** Files the user opened, by token; read again only if the cache entry is dropped. */
const openedFiles = new Map<number, File>();
let nextToken = 1;

export function registerOpenedFile(file: File): DatasetRef {
  const token = nextToken++;
  openedFiles.set(token, file);
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
      const file = openedFiles.get(ref.token);
      if (!file) throw new Error(`${ref.name} is no longer available; open it again`);
      return readDatasetText(ref.name, await file.text());
    },
    staleTime: Infinity,
    // A file the user opened cannot be fetched again once dropped from the cache.
    gcTime: ref.kind === 'file' ? Infinity : 5 * 60_000,
    retry: false,
  });
}

/** The briefing shipped with the atlas; fetched only when briefing mode or the briefing editor needs it. */
export function defaultBriefingQuery() {
  return queryOptions({
    queryKey: ['briefing', 'default'] as const,
    queryFn: ({ signal }) => loadShippedBriefing(signal),
    staleTime: Infinity,
    retry: false,
  });
}
