// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJunk, applyAll, mutationsArb } from '../test/dataset-mutations';
import { boundedParse, formatKeys, ProblemCollector } from './bounded-parse';
import { DatasetSchema } from './schema';
import { z } from './zod';
import { parseDataset, PROBLEM_LIMITS } from './validate';

const ORIGINAL: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/ots.json'), 'utf8'));
type Doc = { sources: unknown[]; entities: unknown[] };
const copy = () => structuredClone(ORIGINAL) as Doc;

describe('boundedParse gives what zod gives', () => {
  it('for hundreds of mutated datasets: the same verdict, the same data, the same problems in the same order', () => {
    fc.assert(
      fc.property(mutationsArb(ORIGINAL, anyJunk), (mutations) => {
        const doc = applyAll(ORIGINAL, mutations);
        const zod = DatasetSchema.safeParse(doc);
        const collector = new ProblemCollector(Infinity, Infinity);
        const ours = boundedParse(DatasetSchema, doc, collector);
        expect(ours.ok).toBe(zod.success);
        if (zod.success && ours.ok) expect(ours.data).toEqual(zod.data);
        const expected = zod.success ? [] : zod.error.issues.map((i) => ({ path: formatKeys(i.path), message: i.message }));
        expect(collector.problems).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('for small schemas with defaults, optional and nullable fields', () => {
    const schema = z.object({
      a: z.string().default('x'),
      b: z.number().optional(),
      c: z.array(z.object({ d: z.int().nullable(), e: z.enum(['p', 'q']).default('p') })).min(1).max(3),
    });
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ a: fc.anything(), b: fc.anything(), c: fc.anything() }, { requiredKeys: [] }));
    fc.assert(
      fc.property(value, (v) => {
        const zod = schema.safeParse(v);
        const collector = new ProblemCollector(Infinity, Infinity);
        const ours = boundedParse(schema, v, collector);
        expect(ours.ok).toBe(zod.success);
        if (zod.success && ours.ok) expect(ours.data).toEqual(zod.data);
        expect(collector.problems).toEqual(zod.success ? [] : zod.error.issues.map((i) => ({ path: formatKeys(i.path), message: i.message })));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the work is bounded', () => {
  it('keeps the first problems, counts the rest, and stops at the budget', () => {
    const doc = copy();
    for (let i = 0; i < 50_000; i++) doc.sources.push({ id: `Bad ${i}`, title: '', url: 'javascript:alert(1)', publisher: 7 });
    const result = parseDataset(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(PROBLEM_LIMITS.keep);
    expect(result.total).toBe(PROBLEM_LIMITS.budget);
    expect(result.stopped).toBe(true);
    expect(result.problems[0]?.path).toMatch(/^sources\[\d+\]\.id$/);
  });

  it('a list far over its length is one problem, not one per item (2.35 million entities)', () => {
    const doc = copy();
    for (let i = 0; i < 2_350_000; i++) doc.entities.push({ id: `x${i}` });
    const result = parseDataset(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: 'entities', message: 'Too big: expected array to have <=1000 items' }]);
    expect(result.stopped).toBe(false);
  });

  it('within the lengths, a broken record deep in a list is still reported where it is', () => {
    const doc = copy() as unknown as { corridors: { waypoints: { sources: unknown[] }[] }[] };
    const waypoint = doc.corridors[0]!.waypoints[0]!;
    waypoint.sources = Array.from({ length: 100 }, () => 7);
    doc.corridors[0]!.waypoints = Array.from({ length: 1000 }, () => waypoint);
    const result = parseDataset(doc, { limits: { keep: 3, budget: 1_000_000 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(100_000);
    expect(result.stopped).toBe(false);
    expect(result.problems.map((p) => p.path)).toEqual(['corridors[0].waypoints[0].sources[0]', 'corridors[0].waypoints[0].sources[1]', 'corridors[0].waypoints[0].sources[2]']);
  });

  it('reports progress through each top-level list', () => {
    const doc = copy();
    const seen = new Set<string>();
    parseDataset(doc, { onProgress: (p) => seen.add(`${p.section} ${p.done}/${p.total}`) });
    expect(seen).toContain(`sources 0/${doc.sources.length}`);
    expect(seen).toContain(`sources ${doc.sources.length}/${doc.sources.length}`);
    expect(seen).toContain(`entities ${doc.entities.length}/${doc.entities.length}`);
  });
});

describe('the ranges of the schema', () => {
  // The edits reach deep into the real dataset: typed loosely on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = Record<string, any>;
  const problemsOf = (edit: (doc: Loose) => void) => {
    const doc = structuredClone(ORIGINAL) as Loose;
    edit(doc);
    const result = parseDataset(doc);
    return result.ok ? [] : result.problems;
  };

  it('refuses map bounds, GDP, populations and areas beyond any real value', () => {
    expect(problemsOf((d) => (d.region.bounds = [[-1e308, -1e308], [1e308, 1e308]])).map((p) => p.path)).toEqual([
      'region.bounds[0][0]',
      'region.bounds[0][1]',
      'region.bounds[1][0]',
      'region.bounds[1][1]',
    ]);
    expect(problemsOf((d) => (d.region.bounds = [[58, 8], [28, 92]]))).toEqual([
      { path: 'region.bounds', message: 'expected [[south, west], [north, east]] with south below north and west of east' },
    ]);
    expect(problemsOf((d) => (d.indicators.gdp.series[0].points[0].value = 1e308))[0]?.path).toBe('indicators.gdp.series[0].points[0].value');
    expect(problemsOf((d) => (d.indicators.population.series[0].points[0].value = 2e10))[0]?.path).toBe(
      'indicators.population.series[0].points[0].value',
    );
    expect(problemsOf((d) => (d.entities[0].area.totalKm2 = 1e9))[0]?.path).toBe('entities[0].area.totalKm2');
  });

  it('refuses names of 100 000 characters and notes longer than prose', () => {
    expect(problemsOf((d) => (d.entities[0].name = 'K'.repeat(100_000)))).toEqual([
      { path: 'entities[0].name', message: 'Too big: expected string to have <=200 characters' },
    ]);
    expect(problemsOf((d) => (d.description = 'x'.repeat(4001)))[0]?.path).toBe('description');
  });

  it('accepts http and https source addresses only', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'blob:https://x/1', 'ftp://x.org/']) {
      expect(problemsOf((d) => (d.sources[0].url = url))).toEqual([
        { path: 'sources[0].url', message: 'expected a web address starting with http:// or https://' },
      ]);
    }
    expect(problemsOf((d) => (d.sources[0].url = 'http://example.org/a'))).toEqual([]);
  });
});
