// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, quote } from './validate';

const readDataset = () => JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/ots.json'), 'utf8'));

describe('quote', () => {
  it('quotes a short value whole', () => {
    expect(quote('KAZ')).toBe('"KAZ"');
    expect(quote('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
  });

  it('cuts a long value and says how long it was', () => {
    expect(quote('y'.repeat(61))).toBe(`"${'y'.repeat(60)}…" (61 characters)`);
  });
});

describe('problems name long values without repeating them', () => {
  // Found by the property test: a 100 000-character id that is a valid slug made a 100 000-character message.
  it('an id of 100 000 characters is refused by its length, and a long unknown id is quoted short', () => {
    const doc = readDataset();
    doc.entities[0].capital.sources[0] = 'a'.repeat(100_000);
    const result = parseDataset(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: 'entities[0].capital.sources[0]', message: 'Too big: expected string to have <=80 characters' }]);

    doc.entities[0].capital.sources[0] = 'a'.repeat(80);
    const unknown = parseDataset(doc);
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.problems).toEqual([
      { path: 'entities[0].capital.sources[0]', message: `unknown source id "${'a'.repeat(60)}…" (80 characters)` },
    ]);
  });

  it('an unknown entity and a duplicate corridor are each reported where they are', () => {
    const doc = readDataset();
    doc.events[0].hostId = 'QQQ';
    doc.corridors.push(doc.corridors[0]);
    const result = parseDataset(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'events[0].hostId', message: 'unknown entity id "QQQ"' },
        { path: `corridors[${doc.corridors.length - 1}].id`, message: `duplicate id "${doc.corridors[0].id}"` },
      ]),
    );
  });
});
