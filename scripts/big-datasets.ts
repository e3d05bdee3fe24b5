/**
 * Large dataset files made from the shipped one, for the end-to-end tests and the benchmark of opening a file
 * (scripts/bench/open-dataset.ts): generated when needed, never committed.
 *
 * - `largeValidDataset(bytes)`: the shipped dataset with extra sources (each a copy of a real one under a new id, its
 *   title padded), until the file is about `bytes` long. It is valid: the atlas opens it.
 * - `manyBadSources(count)`: the shipped dataset with `count` broken sources (an id that is not a slug, an empty
 *   title, a `javascript:` address, a number for a publisher): four problems each, so the problem budget is reached.
 * - `manyBadEntities(count)`: the shipped dataset with `count` entities that are nothing but a bad id, the trial's
 *   2.35 million: far over the length of the list.
 */
import { readFileSync } from 'node:fs';

type Doc = { sources: Record<string, unknown>[]; entities: unknown[] };

const shipped = (): Doc => JSON.parse(readFileSync(new URL('../public/data/ots.json', import.meta.url), 'utf8')) as Doc;

/** Most sources a dataset may have (the schema's limit). */
const MAX_SOURCES = 100_000;

export function largeValidDataset(bytes = 50 * 1024 * 1024): string {
  const doc = shipped();
  const model = doc.sources[0]!;
  const base = JSON.stringify(doc).length;
  const one = JSON.stringify({ ...model, id: 'extra-source-000000', title: `${String(model.title)} `.padEnd(480, '·') }).length + 1;
  const count = Math.min(MAX_SOURCES - doc.sources.length, Math.max(0, Math.ceil((bytes - base) / one)));
  for (let i = 0; i < count; i++) {
    doc.sources.push({ ...model, id: `extra-source-${String(i).padStart(6, '0')}`, title: `${String(model.title)} (copy ${i}) `.padEnd(480, '·') });
  }
  return JSON.stringify(doc);
}

export function manyBadSources(count: number): string {
  const doc = shipped();
  for (let i = 0; i < count; i++) doc.sources.push({ id: `Bad source ${i}`, title: '', url: 'javascript:alert(1)', publisher: 7 });
  return JSON.stringify(doc);
}

export function manyBadEntities(count: number): string {
  const doc = shipped();
  for (let i = 0; i < count; i++) doc.entities.push({ id: `x${i}` });
  return JSON.stringify(doc);
}
