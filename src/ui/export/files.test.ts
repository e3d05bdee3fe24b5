import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/render';
import { datasetFileName, datasetJson, exportFileName } from './files';
import { asOfLine, publisherSummary, sourceSummary } from './stamp-text';

describe('export files', () => {
  it('names a file by panel, what it shows and the dataset’s as-of date, in plain ASCII', () => {
    expect(exportFileName('GDP per person', 'all Today’s line-up 2000 2025', '2026-07-13', 'png')).toBe('ots-atlas-gdp-per-person-all-today-s-line-up-2000-2025-as-of-2026-07-13.png');
    expect(exportFileName('Türkiye', null, '2026-07-13', 'svg')).toBe('ots-atlas-turkiye-as-of-2026-07-13.svg');
  });

  it('writes the dataset in use, pretty-printed, so that it reads back the same', () => {
    const dataset = loadBundledDataset();
    const text = datasetJson(dataset);
    expect(JSON.parse(text)).toEqual(dataset);
    expect(text.split('\n')[1]).toMatch(/^ {2}"schemaVersion": 3,$/);
    expect(datasetFileName(dataset)).toBe(`ots-atlas-dataset-${dataset.asOf}.json`);
  });

  it('stamps each publisher once with the titles of its sources, never their ids, and the as-of date in words', () => {
    const s = (id: string, publisher: string, title: string) => ({ id, publisher, title, url: `https://example.org/${id}`, licence: 'CC BY 4.0', accessed: null });
    expect(sourceSummary([s('wb-gdp', 'World Bank', 'GDP'), s('cia-kz', 'CIA', 'Kazakhstan'), s('wb-pop', 'World Bank', 'Population')])).toBe(
      'Sources: World Bank: GDP; Population. CIA: Kazakhstan.',
    );
    expect(sourceSummary([])).toBe('Sources: none recorded.');
    expect(publisherSummary([s('wb-gdp', 'World Bank', 'GDP'), s('cia-kz', 'CIA', 'Kazakhstan'), s('wb-pop', 'World Bank', 'Population')])).toBe(
      "Sources: World Bank (2); CIA. Each source's title and address is in the CSV export.",
    );
    expect(asOfLine('2026-07-13')).toBe('Data as of 13 July 2026 · OTS Atlas');
  });
});
