/** The dataset's sources by id, built once per dataset: views look sources up often, and a dataset may hold 100,000. */
import type { Dataset, Source } from './schema';

const indexes = new WeakMap<Dataset, ReadonlyMap<string, Source>>();

export function sourceIndex(dataset: Dataset): ReadonlyMap<string, Source> {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map(dataset.sources.map((s) => [s.id, s]));
    indexes.set(dataset, index);
  }
  return index;
}
