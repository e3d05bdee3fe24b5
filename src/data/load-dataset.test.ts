import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import minimal from './fixtures/minimal.json';
import invalid from './fixtures/invalid.json';
import { EMBEDDED_DATASET_ID, embeddableJson } from './embedded';
import { createHash } from 'node:crypto';
import { DatasetLoadError, embeddedDatasetText, loadBundledDataset, readDatasetText, validatedAtBuild } from './load-dataset';

/** A page as the single-file build writes it: the dataset in a JSON script element. */
function pageCarrying(text: string, type = 'application/json'): Document {
  const doc = document.implementation.createHTMLDocument('atlas');
  const script = doc.createElement('script');
  script.type = type;
  script.id = EMBEDDED_DATASET_ID;
  script.text = text;
  doc.body.append(script);
  return doc;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadBundledDataset', () => {
  it('reads the dataset the page carries, without fetching anything', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network')));
    vi.stubGlobal('fetch', fetch);
    const dataset = await loadBundledDataset(undefined, pageCarrying(embeddableJson(JSON.stringify(minimal))));
    expect(dataset.entities.map((e) => e.id)).toEqual(minimal.entities.map((e) => e.id));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('validates a carried dataset like a fetched one, naming the file and the path of each problem', async () => {
    const load = loadBundledDataset(undefined, pageCarrying(JSON.stringify(invalid)));
    await expect(load).rejects.toBeInstanceOf(DatasetLoadError);
    const error = (await load.catch((e: unknown) => e)) as DatasetLoadError;
    expect(error.file).toBe('ots.json');
    expect(error.failure).toBe('schema');
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.problems.every((p) => typeof p.path === 'string')).toBe(true);
  });

  it('fetches data/ots.json, relative to the page, when the page carries no dataset', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(minimal), { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    const dataset = await loadBundledDataset(undefined, document.implementation.createHTMLDocument('atlas'));
    expect(fetch).toHaveBeenCalledWith('data/ots.json', {});
    expect(dataset.title).toBe(minimal.title);
  });

  it('ignores an element with the id that is not a JSON script', () => {
    expect(embeddedDatasetText(pageCarrying('{}', 'module'))).toBeNull();
    expect(embeddedDatasetText(pageCarrying('{}'))).toBe('{}');
  });
});

describe('a dataset the build validated', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  // Text that breaks the schema: were it validated, reading it would fail.
  const broken = JSON.stringify(invalid);

  it('is recognised by the digest of its exact text, and a change of one byte is not', async () => {
    expect(await validatedAtBuild(broken, [sha256(broken)])).toBe(true);
    expect(await validatedAtBuild(`${broken} `, [sha256(broken)])).toBe(false);
    expect(await validatedAtBuild(broken, [])).toBe(false);
  });

  it('is only parsed; any other text is validated in full', async () => {
    const trusted = await readDatasetText('ots.json', broken, [sha256(broken)]);
    expect(trusted).toEqual(invalid);
    await expect(readDatasetText('ots.json', broken, [sha256(JSON.stringify(minimal))])).rejects.toBeInstanceOf(DatasetLoadError);
  });

  it('is not trusted where the page has no SubtleCrypto (plain HTTP from another machine)', async () => {
    vi.stubGlobal('crypto', {});
    expect(await validatedAtBuild(broken, [sha256(broken)])).toBe(false);
    await expect(readDatasetText('ots.json', broken, [sha256(broken)])).rejects.toBeInstanceOf(DatasetLoadError);
  });
});

describe('embeddableJson', () => {
  it('keeps the value and leaves nothing that could end the script element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('</script>', '<!--', '</SCRIPT ', '<'), (value, markup) => {
        const text = JSON.stringify({ value, note: `a ${markup} b` });
        const embedded = embeddableJson(text);
        expect(embedded).not.toContain('<');
        expect(JSON.parse(embedded)).toEqual(JSON.parse(text));
      }),
    );
  });
});
