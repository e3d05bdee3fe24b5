/** Hooks that combine the user's intent (the store) with the data (the query cache). */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { defaultYear, yearRange } from '../data/derive';
import type { Dataset } from '../data/schema';
import { useChosenYear, useDatasetRef } from './selectors';
import { useLoadedDataset } from './dataset-context';
import type { KnownValues } from './url-state';
import { sourceIndex } from '../data/source-index';

export function useDatasetQuery() {
  return useQuery(datasetQuery(useDatasetRef()));
}

/**
 * The dataset query as seen by a view drawn before the dataset (the map): it follows the query the app started and
 * never starts another, so that a view mounting after a failure does not quietly fetch the file again.
 */
export function useDatasetQueryAsIs() {
  return useQuery({ ...datasetQuery(useDatasetRef()), retryOnMount: false, refetchOnMount: false });
}

/** The dataset in use; only for components rendered below the dataset gate (see DatasetProvider). */
export function useDataset(): Dataset {
  const data = useLoadedDataset();
  if (!data) throw new Error('useDataset() was called before the dataset loaded');
  return data;
}

const knownCache = new WeakMap<Dataset, KnownValues>();

export function knownValues(dataset: Dataset): KnownValues {
  let known = knownCache.get(dataset);
  if (!known) {
    known = {
      stateIds: new Set(dataset.entities.map((e) => e.id)),
      corridorIds: new Set(dataset.corridors.map((c) => c.id)),
      eventIds: new Set(dataset.events.map((e) => e.id)),
      eventYears: new Map(dataset.events.map((e) => [e.id, Number(e.date.slice(0, 4))])),
      years: yearRange(dataset),
      defaultYear: defaultYear(dataset),
    };
    knownCache.set(dataset, known);
  }
  return known;
}

/** The year in force: the user's choice, or the dataset's latest complete year. */
export function useYear(): number {
  const dataset = useDataset();
  const chosen = useChosenYear();
  return chosen ?? knownValues(dataset).defaultYear;
}

export function useYearRange() {
  const dataset = useDataset();
  return useMemo(() => knownValues(dataset).years, [dataset]);
}

/** Resolves source ids to sources, in the order given, skipping none silently: unknown ids cannot pass the parser. */
export function useSources(ids: readonly string[]) {
  const dataset = useDataset();
  const key = ids.join(' ');
  return useMemo(() => {
    const byId = sourceIndex(dataset);
    return key === '' ? [] : key.split(' ').flatMap((id) => byId.get(id) ?? []);
  }, [dataset, key]);
}
