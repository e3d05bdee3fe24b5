// @vitest-environment node
/**
 * Hostile input for the dataset parser: thousands of structural mutations of the real dataset either parse or are
 * reported as a list of problems, each with a JSON path and a readable message. Nothing but DatasetLoadError leaves
 * the loader.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJunk, applyAll, jsonJunk, mutationsArb, type Key } from '../test/dataset-mutations';
import { DatasetLoadError, readDatasetText } from './load-dataset';
import { parseDataset, type Problem } from './validate';

const TEXT = readFileSync(resolve(process.cwd(), 'public/data/ots.json'), 'utf8');
const ORIGINAL: unknown = JSON.parse(TEXT);

const PATH = /^(?:[^.[\]]+|\[\d+\])(?:\.[^.[\]]*|\[\d+\])*$/;
/** Longest message a person can take in; values quoted in a message are cut to fit. */
const MAX_MESSAGE = 240;
/**
 * Each run parses the whole 160 KB dataset (about 3 ms on an idle machine), so 800 runs take about 3 s; the timeout
 * leaves room for a busy machine, not for more runs.
 */
const SLOW = 60_000;

/** Splits a problem path back into keys: `entities[3].capital` → ['entities', 3, 'capital']. */
function keysOf(path: string): Key[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] != null ? Number(m[2]) : m[1]!));
}

function resolves(doc: unknown, keys: Key[]): boolean {
  let node = doc;
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<Key, unknown>)[key];
  }
  return true;
}

/** Why a problem is not one a user can act on, or null when it is: a path in the file and a short message. */
function unreadable(problem: Problem, doc: unknown): string | null {
  if (typeof problem.path !== 'string') return 'the path is not text';
  if (problem.path !== '') {
    if (!PATH.test(problem.path)) return 'the path is not a JSON path';
    // The place itself may be what is missing; its parent must be in the file.
    if (!resolves(doc, keysOf(problem.path).slice(0, -1))) return 'the path is not in the file';
  }
  if (typeof problem.message !== 'string' || problem.message.trim() === '') return 'no message';
  if (problem.message.length > MAX_MESSAGE) return `a message of ${problem.message.length} characters`;
  if (problem.message.includes('[object Object]')) return 'the message prints an object';
  return null;
}

/** A list of problems a user can act on. Checked without expect() per problem: a broken table gives thousands. */
function expectReadable(problems: Problem[], doc: unknown) {
  expect(problems.length).toBeGreaterThan(0);
  const bad = problems.flatMap((p) => {
    const why = unreadable(p, doc);
    return why ? [`${p.path.slice(0, 120)}: ${String(p.message).slice(0, 120)} (${why})`] : [];
  });
  expect(bad).toEqual([]);
}

describe('parseDataset under hostile input', () => {
  it('the real dataset parses (the mutations start from a valid file)', () => {
    expect(parseDataset(ORIGINAL).ok).toBe(true);
  });

  it('mutated datasets parse or give readable problems, and never throw', () => {
    let rejected = 0;
    let runs = 0;
    fc.assert(
      fc.property(mutationsArb(ORIGINAL, anyJunk), (mutations) => {
        const doc = applyAll(ORIGINAL, mutations);
        const result = parseDataset(doc);
        runs++;
        if (!result.ok) {
          rejected++;
          expectReadable(result.problems, doc);
        }
      }),
      { numRuns: 800 },
    );
    // Most mutations break something: the property is about the rejected ones, so they must be the bulk.
    expect(rejected / runs).toBeGreaterThan(0.6);
  }, SLOW);

  it('the whole document replaced by junk is one problem at the root', () => {
    fc.assert(
      fc.property(anyJunk, (junk) => {
        fc.pre(junk === null || typeof junk !== 'object' || Array.isArray(junk));
        const result = parseDataset(junk);
        expect(result.ok).toBe(false);
        if (!result.ok) expectReadable(result.problems, junk);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readDatasetText under hostile input', () => {
  // The loader is asynchronous (the validator loads on demand): a failure is a rejected promise.
  const expectLoadError = async (run: () => Promise<unknown>, doc?: unknown) => {
    try {
      await run();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetLoadError);
      const loadError = error as DatasetLoadError;
      expect(loadError.message.startsWith('ots.json: ')).toBe(true);
      if (loadError.failure === 'schema') expectReadable(loadError.problems, doc);
      else expect(loadError.problems).toEqual([{ path: '', message: expect.stringMatching(/^not valid JSON/) }]);
    }
  };

  it('mutated files, serialised, load or throw a DatasetLoadError with readable problems', async () => {
    await fc.assert(
      fc.asyncProperty(mutationsArb(ORIGINAL, jsonJunk), async (mutations) => {
        const text = JSON.stringify(applyAll(ORIGINAL, mutations)) ?? '';
        await expectLoadError(() => readDatasetText('ots.json', text), text === '' ? undefined : JSON.parse(text));
      }),
      { numRuns: 150 },
    );
  }, SLOW);

  it('cut, spliced and arbitrary text throws only DatasetLoadError', async () => {
    const cut = fc.tuple(fc.nat({ max: TEXT.length }), fc.nat({ max: TEXT.length }), fc.string({ maxLength: 20 })).map(
      ([a, b, insert]) => TEXT.slice(0, Math.min(a, b)) + insert + TEXT.slice(Math.max(a, b)),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(cut, fc.string(), fc.json()), async (text) => {
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          doc = undefined;
        }
        await expectLoadError(() => readDatasetText('ots.json', text), doc);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDataset under hostile input at scale', () => {
  /** A JSON value nested `depth` levels deep, built without recursion. */
  const nested = (depth: number): unknown => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { x: value };
    return value;
  };

  it('a list of any length, filled with any junk, gives at most a hundred problems and a count, and never throws', () => {
    const keys = ['sources', 'entities', 'events', 'trade', 'corridors', 'claims', 'reportedFigures', 'chokepoints'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: 1, max: 60_000 }), jsonJunk, (key, count, junk) => {
        const doc = { ...(ORIGINAL as Record<string, unknown>), [key]: Array.from({ length: count }, () => junk) };
        const result = parseDataset(doc);
        if (result.ok) return;
        expect(result.problems.length).toBeLessThanOrEqual(100);
        expect(result.total).toBeGreaterThanOrEqual(result.problems.length);
        expect(result.total).toBeLessThanOrEqual(100_000);
        expectReadable(result.problems, doc);
      }),
      { numRuns: 40 },
    );
  }, SLOW);

  it('junk nested a hundred thousand levels deep, anywhere in the file, never overflows the stack', () => {
    const deep = nested(100_000);
    fc.assert(
      fc.property(mutationsArb(ORIGINAL, fc.constant(deep), 1), (mutations) => {
        const doc = applyAll(ORIGINAL, mutations);
        const result = parseDataset(doc);
        if (!result.ok) expect(result.problems.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 100 },
    );
  }, SLOW);
});
