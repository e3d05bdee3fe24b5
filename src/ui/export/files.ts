/** File names and downloads for the exports. */
import type { Dataset } from '../../data/schema';

/** "ots-atlas-gdp-members-as-of-2026-07-13.png": the panel, what it shows, and the dataset's as-of date. */
export function exportFileName(panel: string, detail: string | null, asOf: string, extension: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const parts = ['ots-atlas', slug(panel), detail ? slug(detail) : '', `as-of-${asOf}`].filter((p) => p !== '');
  return `${parts.join('-')}.${extension}`;
}

export function datasetFileName(dataset: Dataset): string {
  return `ots-atlas-dataset-${dataset.asOf}.json`;
}

/** The dataset in use, as validated, pretty-printed. */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

