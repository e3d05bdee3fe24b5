import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvField, downloadCsv, toCsv } from './csv';
import { readCsv as cells } from '../test/csv-lines';

describe('CSV', () => {
  it('writes numbers at full precision and missing values as empty fields', () => {
    expect(csvField(47112470051.7701)).toBe('47112470051.7701');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes text with commas, quotes or line breaks', () => {
    expect(csvField('Türkiye')).toBe('Türkiye');
    expect(csvField('Nihat Zeybekci, Turkish Economy Minister')).toBe('"Nihat Zeybekci, Turkish Economy Minister"');
    expect(csvField('the "Middle Corridor"')).toBe('"the ""Middle Corridor"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps text that a spreadsheet would run as a formula from being run', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
  });

  it('puts the comment lines first, then the header and rows', () => {
    const text = toCsv({ meta: ['OTS GDP', 'Unit: current US$\nline two'], header: ['year', 'Türkiye'], rows: [[2019, 775853144222.613], [2025, null]] });
    expect(text).toBe('# OTS GDP\r\n# Unit: current US$ line two\r\nyear,Türkiye\r\n2019,775853144222.613\r\n2025,\r\n');
  });
});


describe('CSV from hostile text', () => {
  it('a comment line is one cell, whatever text from a dataset it holds', () => {
    const line = 'Source: Evil,=HYPERLINK("http://evil.example/pub"),+1,-2,@SUM(A1)';
    const text = toCsv({ meta: [line], header: ['a'], rows: [] });
    expect(text.split('\r\n')[0]).toBe('"# Source: Evil,=HYPERLINK(""http://evil.example/pub""),+1,-2,@SUM(A1)"');
    expect(cells(text)[0]).toEqual([`# ${line}`]);
  });

  it('for any text in any comment line, header or cell: no cell a spreadsheet would run, and the lines and cells are as written', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', '=HYPERLINK("x"),=2', 'a,"b"', 'x\ny', '# fake,=1'),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 3 }), (meta, header, rows) => {
        const read = cells(toCsv({ meta, header, rows }));
        expect(read).toHaveLength(meta.length + 1 + rows.length);
        read.slice(0, meta.length).forEach((line) => {
          expect(line).toHaveLength(1);
          expect(line[0]!.startsWith('# ')).toBe(true);
        });
        expect(read[meta.length]).toHaveLength(header.length);
        for (const cell of read.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('downloadCsv', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('offers the text as a named file and releases the Blob afterwards', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test-1';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.getAttribute('href') ?? '' });
    });

    downloadCsv('ots-gdp.csv', 'year\r\n2019\r\n');

    expect(clicked).toEqual([{ name: 'ots-gdp.csv', href: 'blob:test-1' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('year\r\n2019\r\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test-1');
  });
});
