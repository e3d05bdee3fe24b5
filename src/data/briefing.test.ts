import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefingFileText, checkBriefingReferences, parseBriefing, readBriefingText } from './briefing';
import { moveSlide } from './slides';
import type { Briefing, Slide } from './briefing-schema';
import { parseDataset } from './validate';
import type { Dataset } from './schema';

const HERE = dirname(fileURLToPath(import.meta.url));
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(HERE, ...parts), 'utf8'));

const datasetResult = parseDataset(readJson('..', '..', 'public', 'data', 'ots.json'));
if (!datasetResult.ok) throw new Error('the bundled dataset does not parse');
const dataset: Dataset = datasetResult.dataset;
const shippedJson = readJson('..', '..', 'public', 'data', 'briefing.json');

function shipped(): Briefing {
  const result = parseBriefing(shippedJson);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.briefing;
}

describe('the shipped briefing', () => {
  it('parses and names only states, corridors, events, years and sources the dataset has', () => {
    expect(checkBriefingReferences(shipped(), dataset)).toEqual([]);
  });

  it('covers members and observers, the corridors, GDP, trade, the road to Gabala and the plans for 2026', () => {
    const slides = shipped().slides;
    expect(slides.find((s) => s.view.scope === 'all' && s.panel === 'map')).toBeDefined();
    expect(slides.find((s) => s.view.eventId === 'gabala-2025')).toBeDefined();
    expect(slides.filter((s) => s.view.corridorId != null).length).toBeGreaterThanOrEqual(2);
    expect(slides.find((s) => s.panel === 'gdp')).toBeDefined();
    expect(slides.find((s) => s.panel === 'trade')).toBeDefined();
    expect(slides.find((s) => s.panel === 'timeline' && s.view.year === 2026)).toBeDefined();
    // The claims, held to their speakers' words: a slide puts the claims view forward at the claims' own year and scope.
    expect(slides.find((s) => s.panel === 'claims')).toMatchObject({ view: { year: 2024, scope: 'all' } });
  });

  it('has a note and at least one source on every slide', () => {
    for (const slide of shipped().slides) {
      expect(slide.note, slide.id).not.toBe('');
      expect(slide.sources.length, slide.id).toBeGreaterThan(0);
    }
  });
});

describe('parseBriefing', () => {
  it('still reads the version-1 fixture, filling in what it leaves out', () => {
    const result = parseBriefing(readJson('fixtures', 'briefing-v1.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.briefing.slides[1]).toMatchObject({ note: '', panel: 'map', sources: [] });
  });

  it('names the path of every problem', () => {
    const bad = structuredClone(shippedJson) as { slides: Record<string, unknown>[] };
    bad.slides[0] = { ...bad.slides[0], panel: 'radar', title: '' };
    const result = parseBriefing(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['slides[0].panel', 'slides[0].title']));
  });

  it('refuses a file of another kind or a later version, and duplicate slide ids', () => {
    const other = readBriefingText(JSON.stringify({ ...(shippedJson as object), format: 'something-else' }));
    expect(other.ok || other.problems[0]?.path).toBe('format');
    const later = readBriefingText(JSON.stringify({ ...(shippedJson as object), version: 2 }));
    expect(later.ok || later.problems[0]?.message).toMatch(/version 1/);
    const twice = structuredClone(shippedJson) as { slides: { id: string }[] };
    const first = twice.slides[0];
    if (first) twice.slides.push(first);
    const dup = parseBriefing(twice);
    expect(dup.ok || dup.problems.at(-1)?.message).toMatch(/its id, “[^”]+”, is the same as slide 1's/);
  });

  it('refuses a slide that selects two things at once', () => {
    const two = structuredClone(shippedJson) as { slides: { view: Record<string, unknown> }[] };
    const slide = two.slides[0];
    if (slide) slide.view = { ...slide.view, stateId: 'KAZ', corridorId: 'middle-corridor' };
    const result = parseBriefing(two);
    expect(result.ok || result.problems[0]?.path).toBe('slides[0].view');
  });

  it('reports text that is not JSON instead of throwing', () => {
    const result = readBriefingText('{"slides": [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^The file is not valid JSON \(.+\)\.$/);
  });

  it('reads back exactly what it exports', () => {
    const briefing = shipped();
    const again = readBriefingText(briefingFileText(briefing));
    expect(again).toEqual({ ok: true, briefing });
  });
});

describe('checkBriefingReferences', () => {
  it('lists each unknown id or year with its path', () => {
    const briefing = shipped();
    const [a, b] = briefing.slides as [Slide, Slide];
    const broken: Briefing = {
      ...briefing,
      slides: [
        { ...a, view: { ...a.view, stateId: 'XYZ' }, sources: ['no-such-source'] },
        { ...b, view: { ...b.view, eventId: 'nowhere-1999', year: 1950 } },
      ],
    };
    const one = `Slide 1 (“${a.title}”)`;
    const two = `Slide 2 (“${b.title}”)`;
    expect(checkBriefingReferences(broken, dataset)).toEqual([
      { path: 'slides[0].view.stateId', message: `${one}: the state it selects, “XYZ”, is not in the dataset.` },
      { path: 'slides[0].sources[0]', message: `${one}: source 1 in its list, “no-such-source”, is not in the dataset's sources.` },
      { path: 'slides[1].view.eventId', message: `${two}: the event it selects, “nowhere-1999”, is not in the dataset.` },
      { path: 'slides[1].view.year', message: `${two}: its year, 1950, is outside the dataset's years (2000–2026).` },
    ]);
  });

  it('refuses a year that is not the year of the event the slide selects', () => {
    const briefing = shipped();
    const [a] = briefing.slides as [Slide];
    const problems = checkBriefingReferences({ ...briefing, slides: [{ ...a, view: { ...a.view, stateId: null, corridorId: null, eventId: 'gabala-2025', year: 2019 } }] }, dataset);
    expect(problems).toEqual([{ path: 'slides[0].view.year', message: `Slide 1 (“${a.title}”): its year, 2019, is not the year of the event it selects (2025).` }]);
  });
});

describe('moveSlide', () => {
  const slides = shipped().slides.slice(0, 3);
  it('moves a slide and keeps the others in order', () => {
    expect(moveSlide(slides, 2, 0).map((s) => s.id)).toEqual([slides[2]?.id, slides[0]?.id, slides[1]?.id]);
  });
  it('leaves the order alone for a move off either end', () => {
    expect(moveSlide(slides, 0, -1)).toEqual(slides);
    expect(moveSlide(slides, 2, 3)).toEqual(slides);
  });
});

describe('what is wrong with a briefing file is said in sentences', () => {
  const file = (edit: (b: { slides: Record<string, unknown>[] } & Record<string, unknown>) => void) => {
    const copy = structuredClone(shippedJson) as { slides: Record<string, unknown>[] } & Record<string, unknown>;
    edit(copy);
    const result = parseBriefing(copy);
    return result.ok ? checkBriefingReferences(result.briefing, dataset) : result.problems;
  };
  const title = (i: number) => (shippedJson as { slides: { title: string }[] }).slides[i]!.title;

  it('names the slide and the field, what it holds and what it should', () => {
    expect(file((b) => (b.slides[2]!.panel = 'chart'))).toEqual([
      { path: 'slides[2].panel', message: `Slide 3 (“${title(2)}”): its panel, “chart”, is not one of map, details, gdp, trade, timeline or claims.` },
    ]);
    expect(file((b) => (b.slides[0]!.view = { stateId: 'XXX' }))).toEqual([
      { path: 'slides[0].view.stateId', message: `Slide 1 (“${title(0)}”): the state it selects, “XXX”, is not in the dataset.` },
    ]);
    expect(file((b) => (b.slides[1]!.view = { year: 1990 }))).toEqual([
      { path: 'slides[1].view.year', message: `Slide 2 (“${title(1)}”): its year, 1990, is outside the dataset's years (2000–2026).` },
    ]);
    expect(file((b) => (b.slides[0]!.view = { stateId: 'kaz' }))[0]?.message).toBe(
      `Slide 1 (“${title(0)}”): the state it selects, “kaz”, is not a three-letter state code such as “KAZ”.`,
    );
    expect(file((b) => (b.slides[0]!.title = ''))[0]?.message).toBe('Slide 1: its title is empty.');
    expect(file((b) => delete b.slides[0]!.view)[0]?.message).toBe(`Slide 1 (“${title(0)}”): its view is missing.`);
    expect(file((b) => (b.slides[0]!.note = 7))[0]?.message).toBe(`Slide 1 (“${title(0)}”): its speaker note should be text, not a number.`);
    expect(file((b) => (b.slides[0]!.note = 'n'.repeat(801)))[0]?.message).toBe(
      `Slide 1 (“${title(0)}”): its speaker note is longer than 800 characters (it has 801).`,
    );
    expect(file((b) => (b.slides = []))[0]?.message).toBe('The briefing has no slides; it needs at least one.');
    expect(file((b) => (b.format = 'something-else'))[0]?.message).toBe(
      'The file is not an OTS Atlas briefing: its “format” is “something-else”, not “ots-atlas-briefing”.',
    );
    expect(file((b) => (b.version = 2))[0]?.message).toBe('The file is a briefing of version 2; this atlas reads version 1.');
  });

  // The edits reach anywhere in the file: typed loosely on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = Record<string, any>;
  it('for any damage to a file: every problem is one short sentence, and one inside a slide names it', () => {
    const slideCount = (shippedJson as { slides: unknown[] }).slides.length;
    const field = fc.constantFrom('id', 'title', 'note', 'panel', 'view', 'sources', 'extra');
    const viewField = fc.constantFrom('stateId', 'corridorId', 'eventId', 'year', 'scope');
    const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('XXX', 1990, 1e308, -1, '', 'x'.repeat(5000), null, 'chart', 'all', 'KAZ'));
    const edit = fc.oneof(
      fc.record({ slide: fc.nat({ max: slideCount - 1 }), field, value: junk }).map(({ slide, field: f, value }) => (b: Loose) => {
        const target = Array.isArray(b.slides) ? b.slides[slide] : undefined;
        if (target && typeof target === 'object') target[f] = value;
      }),
      fc.record({ slide: fc.nat({ max: slideCount - 1 }), field: viewField, value: junk }).map(({ slide, field: f, value }) => (b: Loose) => {
        const target = Array.isArray(b.slides) ? b.slides[slide] : undefined;
        if (target && typeof target === 'object') target.view = { ...(typeof target.view === 'object' ? target.view : {}), [f]: value };
      }),
      fc.record({ key: fc.constantFrom('format', 'version', 'title', 'slides'), value: junk }).map(({ key, value }) => (b: Loose) => {
        b[key] = value;
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const problems = file((b) => edits.forEach((e) => e(b)));
        for (const { path, message } of problems) {
          expect(message).toMatch(/^[A-Z].*[.)]$/s);
          expect(message.length).toBeLessThanOrEqual(240);
          expect(message).not.toMatch(/Invalid (input|option)|expected one of|"\|"/);
          const slide = /^slides\[(\d+)\]/.exec(path);
          if (slide) expect(message.startsWith(`Slide ${Number(slide[1]) + 1}`)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });
});
