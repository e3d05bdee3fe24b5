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
    expect(dup.ok || dup.problems.at(-1)?.message).toMatch(/duplicate slide id/);
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
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^not valid JSON/);
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
    expect(checkBriefingReferences(broken, dataset)).toEqual([
      { path: 'slides[0].view.stateId', message: 'no state "XYZ" in the dataset' },
      { path: 'slides[0].sources[0]', message: 'unknown source id "no-such-source"' },
      { path: 'slides[1].view.eventId', message: 'no event "nowhere-1999" in the dataset' },
      { path: 'slides[1].view.year', message: '1950 is outside the dataset\'s years (2000–2026)' },
    ]);
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
