import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBriefing } from '../data/briefing';
import type { Briefing } from '../data/briefing-schema';
import { BRIEFING_STORAGE_KEY, useBriefingStore, useStoredBriefingProblems } from './briefing-store';

const parsed = parseBriefing(JSON.parse(readFileSync('public/data/briefing.json', 'utf8')));
if (!parsed.ok) throw new Error('the shipped briefing does not parse');
const shipped: Briefing = parsed.briefing;
const actions = () => useBriefingStore.getState().actions;
const stored = () => JSON.parse(localStorage.getItem(BRIEFING_STORAGE_KEY) ?? 'null') as { state: { custom: Briefing | null }; version: number } | null;

beforeEach(async () => {
  localStorage.clear();
  useStoredBriefingProblems.setState({ problems: null });
  useBriefingStore.setState({ custom: null });
  localStorage.clear();
  await useBriefingStore.persist.rehydrate();
});

describe('the briefing kept in the browser', () => {
  it('stores nothing until the user changes the shipped briefing', () => {
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBeNull();
    actions().slideRetitled(shipped, 0, 'Opening');
    expect(stored()?.state.custom?.slides[0]?.title).toBe('Opening');
    expect(stored()?.state.custom?.slides).toHaveLength(shipped.slides.length);
    expect(stored()?.version).toBe(1);
  });

  it('edits start from the briefing in use, and every edit is kept', () => {
    const [first] = shipped.slides;
    if (!first) throw new Error('no slides');
    actions().slideAdded(shipped, { ...first, id: 'added', title: 'Added' });
    let custom = useBriefingStore.getState().custom;
    if (!custom) throw new Error('no custom briefing');
    actions().slideMoved(custom, custom.slides.length - 1, 0);
    custom = useBriefingStore.getState().custom;
    if (!custom) throw new Error('no custom briefing');
    actions().slidePanelChanged(custom, 0, 'trade');
    actions().slideNoteChanged(useBriefingStore.getState().custom ?? custom, 0, 'Say this');
    actions().slideDeleted(useBriefingStore.getState().custom ?? custom, 1);
    const kept = stored()?.state.custom;
    expect(kept?.slides[0]).toMatchObject({ id: 'added', panel: 'trade', note: 'Say this' });
    expect(kept?.slides.map((s) => s.id)).toEqual(['added', ...shipped.slides.slice(1).map((s) => s.id)]);
  });

  it('never deletes the last slide', () => {
    const one: Briefing = { ...shipped, slides: shipped.slides.slice(0, 1) };
    actions().slideDeleted(one, 0);
    expect(useBriefingStore.getState().custom?.slides).toHaveLength(1);
  });

  it('reads a valid stored briefing back', async () => {
    localStorage.setItem(BRIEFING_STORAGE_KEY, JSON.stringify({ state: { custom: { ...shipped, title: 'Stored' } }, version: 1 }));
    await useBriefingStore.persist.rehydrate();
    expect(useBriefingStore.getState().custom?.title).toBe('Stored');
    expect(useStoredBriefingProblems.getState().problems).toBeNull();
  });

  it('reports a stored briefing it cannot read, uses none, and leaves the stored text alone', async () => {
    const text = JSON.stringify({ state: { custom: { ...shipped, slides: [] } }, version: 1 });
    localStorage.setItem(BRIEFING_STORAGE_KEY, text);
    await useBriefingStore.persist.rehydrate();
    expect(useBriefingStore.getState().custom).toBeNull();
    expect(useStoredBriefingProblems.getState().problems?.[0]?.path).toBe('slides');
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBe(text);
  });

  it('reports stored text that is not JSON', async () => {
    localStorage.setItem(BRIEFING_STORAGE_KEY, '{"state":');
    await useBriefingStore.persist.rehydrate();
    expect(useStoredBriefingProblems.getState().problems?.[0]?.message).toMatch(/^not valid JSON/);
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBe('{"state":');
  });

  it('goes back to the shipped briefing on reset', () => {
    actions().briefingImported({ ...shipped, title: 'Imported' });
    actions().briefingReset();
    expect(useBriefingStore.getState().custom).toBeNull();
    expect(stored()?.state.custom).toBeNull();
  });
});
