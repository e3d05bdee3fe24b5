import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Providers } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { datasetQuery } from '../data/queries';
import { parseDataset } from '../data/validate';
import type { Dataset } from '../data/schema';

let bundled: Dataset | undefined;

/** The real bundled dataset, parsed once. */
export function loadBundledDataset(): Dataset {
  if (!bundled) {
    const text = readFileSync(resolve(process.cwd(), 'public/data/ots.json'), 'utf8');
    const result = parseDataset(JSON.parse(text));
    if (!result.ok) throw new Error(`bundled dataset does not parse: ${JSON.stringify(result.problems.slice(0, 3))}`);
    bundled = result.dataset;
  }
  return bundled;
}

/** Renders with a fresh QueryClient whose cache already holds the dataset (the store is reset after each test). */
export function renderWithDataset(ui: ReactElement, dataset: Dataset = loadBundledDataset()) {
  const client = createQueryClient();
  client.setQueryData(datasetQuery({ kind: 'bundled' }).queryKey, dataset);
  return { client, ...render(<Providers client={client}>{ui}</Providers>) };
}
