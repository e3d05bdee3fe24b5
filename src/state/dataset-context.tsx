import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import type { Dataset } from '../data/schema';
import { useDatasetRef } from './selectors';

const DatasetContext = createContext<Dataset | undefined>(undefined);

/**
 * The dataset in use, read from the query cache once for the whole tree: dozens of components read it, and a query
 * observer each (a subscription, and its result worked out on every change) cost several milliseconds in the very
 * task that draws the dataset. It never fetches: the app's own query does (see useDatasetQuery).
 */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery({ ...datasetQuery(useDatasetRef()), enabled: false });
  return <DatasetContext.Provider value={data}>{children}</DatasetContext.Provider>;
}

/** The dataset, or undefined while it loads (or when it failed). */
export function useLoadedDataset(): Dataset | undefined {
  return useContext(DatasetContext);
}
