/** Hooks that combine the user's intent (the store) with the data (the query cache). */
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { defaultYear, yearRange } from '../data/derive';
import type { Dataset } from '../data/schema';
import { useChosenYear, useDatasetRef } from './selectors';
import { useLoadedDataset } from './dataset-context';
import { sourceIndex } from '../data/source-index';
import { DEFAULT_VIEW } from './store';
import { formatSearch, type KnownValues } from './url-state';
import type { Scope } from '../data/derive';
import { revealWhenDrawn } from '../ui/reveal';
import { useActions } from './selectors';

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

/**
 * The address of a view named inside the atlas (a claim's): its year and set of states, nothing selected, on the full
 * atlas (an embed's or a slide's parameters are not carried over).
 */
export function useViewHref(view: { year: number; scope: Scope }): string {
  const dataset = useDataset();
  const { defaultYear } = knownValues(dataset);
  const search = formatSearch({ ...DEFAULT_VIEW, year: view.year, scope: view.scope }, '', defaultYear);
  return `${window.location.pathname}${search}`;
}

/** Where each panel shows a claim: the element a claim's link brings into view once the view has changed. */
export function claimElementId(panel: 'details' | 'trade', claimId: string): string {
  return panel === 'trade' ? `trade-claim-${claimId}` : `claim-${claimId}`;
}

/** A claim's link: its address, and what a plain click does (change the view in place, then show the claim). */
export function useClaimViewLink(claimId: string, view: { year: number; scope: Scope; panel: 'details' | 'trade' }) {
  const href = useViewHref(view);
  const { claimViewOpened } = useActions();
  const { year, scope, panel } = view;
  const open = useCallback(() => {
    claimViewOpened({ year, scope });
    revealWhenDrawn(claimElementId(panel, claimId));
  }, [claimViewOpened, year, scope, panel, claimId]);
  return { href, open };
}
