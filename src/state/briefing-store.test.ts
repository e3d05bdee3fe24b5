import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBriefing } from '../data/briefing';
import type { Briefing, Slide } from '../data/briefing-schema';
import { BRIEFING_STORAGE_KEY, rereadForTests, setStorageForTests, useBriefingStore } from './briefing-store';
import { exportableText, storedText, browserStorage } from './briefing-storage';

const parsed = parseBriefing(JSON.parse(readFileSync('public/data/briefing.json', 'utf8')));
if (!parsed.ok) throw new Error('the shipped briefing does not parse');
const shipped: Briefing = parsed.briefing;
const state = () => useBriefingStore.getState();
const actions = () => state().actions;
const stored = () => JSON.parse(localStorage.getItem(BRIEFING_STORAGE_KEY) ?? 'null') as { state: { custom: Briefing | null }; version: number } | null;
const first = shipped.slides[0] as Slide;
const added = (id: string): Slide => ({ ...first, id, title: id });

/** What a tab sees when it starts with this in storage. */
async function startWith(text: string | null) {
  localStorage.clear();
  if (text !== null) localStorage.setItem(BRIEFING_STORAGE_KEY, text);
  await setStorageForTests(browserStorage);
}

/** Another tab writes to storage; the browser tells this one. */
function otherTabWrites(text: string | null) {
  const oldValue = localStorage.getItem(BRIEFING_STORAGE_KEY);
  if (text === null) localStorage.removeItem(BRIEFING_STORAGE_KEY);
  else localStorage.setItem(BRIEFING_STORAGE_KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: BRIEFING_STORAGE_KEY, oldValue, newValue: text, storageArea: localStorage }));
}

/** The stored form under another version of the storage. */
const storedAs = (version: number, custom: Briefing) => JSON.stringify({ state: { custom }, version });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => startWith(null));
afterEach(() => setStorageForTests(browserStorage));

describe('the briefing kept in the browser', () => {
  it('stores nothing until the user changes the shipped briefing', () => {
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBeNull();
    actions().slideRetitled(shipped, 0, 'Opening');
    expect(stored()?.state.custom?.slides[0]?.title).toBe('Opening');
    expect(stored()?.state.custom?.slides).toHaveLength(shipped.slides.length);
    expect(stored()?.version).toBe(1);
  });

  it('edits start from the briefing in use, and every edit is kept', () => {
    actions().slideAdded(shipped, added('added'));
    let custom = state().custom!;
    actions().slideMoved(custom, custom.slides.length - 1, 0);
    custom = state().custom!;
    actions().slidePanelChanged(custom, 0, 'trade');
    actions().slideNoteChanged(state().custom!, 0, 'Say this');
    actions().slideDeleted(state().custom!, 1);
    const kept = stored()?.state.custom;
    expect(kept?.slides[0]).toMatchObject({ id: 'added', panel: 'trade', note: 'Say this' });
    expect(kept?.slides.map((s) => s.id)).toEqual(['added', ...shipped.slides.slice(1).map((s) => s.id)]);
  });

  it('never deletes the last slide', () => {
    actions().briefingImported({ ...shipped, slides: shipped.slides.slice(0, 1) });
    actions().slideDeleted(state().custom!, 0);
    expect(state().custom?.slides).toHaveLength(1);
  });

  it('reads back a briefing stored the way the atlas has always stored it (the version-1 fixture)', async () => {
    await startWith(readFileSync('src/state/fixtures/stored-briefing-v1.json', 'utf8'));
    expect(state().custom?.title).toBe('A briefing as the atlas first stored it');
    expect(state().custom?.slides[1]).toMatchObject({ note: '', panel: 'map', sources: [] });
    expect(state().unreadable).toBeNull();
  });
});

describe('a stored briefing it cannot read', () => {
  it.each([
    ['another version of the storage (2)', storedAs(2, shipped), /version 2 of the atlas's storage/],
    ['version 0', storedAs(0, shipped), /version 0 of the atlas's storage/],
    ['a briefing with no slides', storedText({ ...shipped, slides: [] }), /no slides/],
    ['text that is not JSON', '{"state":', /not valid JSON/],
  ])('%s: is reported, left in storage exactly as it is, and never written over', async (_, text, why) => {
    await startWith(text);
    expect(state().custom).toBeNull();
    expect(state().unreadable?.problems[0]?.message).toMatch(why);
    // Every change is refused while it is there.
    actions().slideAdded(shipped, added('mine'));
    actions().briefingImported(shipped);
    actions().briefingReset();
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBe(text);
    expect(state().custom).toBeNull();
  });

  it('is offered as the briefing inside it, a file the atlas can import', async () => {
    const text = storedAs(2, { ...shipped, title: 'Mine' });
    await startWith(text);
    const file = parseBriefing(JSON.parse(exportableText(state().unreadable!.text)));
    expect(file.ok && file.briefing.title).toBe('Mine');
    expect(exportableText('{"state":')).toBe('{"state":');
  });

  it('is removed only when the user discards it; then changes are saved again', async () => {
    await startWith('{"state":');
    actions().unreadableDiscarded();
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBeNull();
    actions().slideAdded(shipped, added('mine'));
    expect(stored()?.state.custom?.slides.at(-1)?.id).toBe('mine');
  });
});

describe('two tabs', () => {
  it('follows the briefing another tab saves, and builds on it', async () => {
    actions().slideRetitled(shipped, 0, 'This tab');
    otherTabWrites(storedText({ ...shipped, slides: [...shipped.slides, added('a1'), added('a2')] }));
    await settled();
    expect(state().custom?.slides.map((s) => s.id).slice(-2)).toEqual(['a1', 'a2']);
    expect(state().changedElsewhere).toEqual({ refused: false });
    actions().slideRetitled(state().custom!, 0, 'Retitled here');
    expect(stored()?.state.custom?.slides.map((s) => s.id).slice(-2)).toEqual(['a1', 'a2']);
    expect(stored()?.state.custom?.slides[0]?.title).toBe('Retitled here');
  });

  it('refuses to write over a briefing another tab saved since this one read it, and says so', async () => {
    actions().slideRetitled(shipped, 0, 'This tab');
    const theirs = storedText({ ...shipped, title: 'Theirs', slides: [...shipped.slides, added('a1')] });
    // Saved by another tab, its event not yet here.
    localStorage.setItem(BRIEFING_STORAGE_KEY, theirs);
    actions().slideRetitled(state().custom!, 0, 'Over theirs');
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBe(theirs);
    await settled();
    expect(state().custom?.title).toBe('Theirs');
    expect(state().changedElsewhere).toEqual({ refused: true });
  });

  it('follows another tab restoring the shipped briefing', async () => {
    actions().slideRetitled(shipped, 0, 'This tab');
    otherTabWrites(null);
    await settled();
    expect(state().custom).toBeNull();
  });
});

describe('a save the browser refuses', () => {
  /** localStorage whose writes fail as a full or blocked one does. */
  const failing = (name: string): Storage => {
    const error = new DOMException('The quota has been exceeded.', name);
    return Object.assign(Object.create(localStorage) as Storage, {
      getItem: (key: string) => localStorage.getItem(key),
      setItem: () => {
        throw error;
      },
      removeItem: () => {
        throw error;
      },
    });
  };

  it('when storage is full: the change stays on screen, is reported as not saved, and nothing throws', async () => {
    await setStorageForTests(() => failing('QuotaExceededError'));
    expect(() => actions().slideAdded(shipped, added('ninth'))).not.toThrow();
    expect(state().custom?.slides.at(-1)?.id).toBe('ninth');
    expect(state().unsaved).toEqual({ reason: 'full', fromTheStart: false });
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBeNull();
  });

  it('when storage is blocked outright (SecurityError): said from the start, and edits still work on screen', async () => {
    await setStorageForTests(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(state().status).toBe('ready');
    expect(state().unsaved).toEqual({ reason: 'blocked', fromTheStart: true });
    expect(() => actions().slideAdded(shipped, added('kept-here'))).not.toThrow();
    expect(state().custom?.slides.at(-1)?.id).toBe('kept-here');
  });

  it('saves again, and stops saying so, once storage takes the change', async () => {
    await setStorageForTests(() => failing('QuotaExceededError'));
    actions().slideAdded(shipped, added('ninth'));
    await setStorageForTests(browserStorage);
    actions().slideAdded(shipped, added('tenth'));
    expect(state().unsaved).toBeNull();
    expect(stored()?.state.custom?.slides.at(-1)?.id).toBe('tenth');
  });
});

describe('undo after an import or a restore', () => {
  it('an import keeps the briefing it replaced, to put back', () => {
    actions().slideRetitled(shipped, 0, 'Mine');
    const mine = state().custom;
    actions().briefingImported({ ...shipped, title: 'Imported' });
    expect(state().undo).toEqual({ briefing: mine, after: 'import' });
    actions().undone();
    expect(state().custom).toEqual(mine);
    expect(stored()?.state.custom).toEqual(mine);
  });

  it('restoring the shipped briefing removes it from storage, and undo brings it back', () => {
    actions().slideRetitled(shipped, 0, 'Mine');
    const mine = state().custom;
    actions().briefingReset();
    expect(state().custom).toBeNull();
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBeNull();
    actions().undone();
    expect(stored()?.state.custom).toEqual(mine);
  });
});

describe('reading storage', () => {
  it('reads afresh', async () => {
    localStorage.setItem(BRIEFING_STORAGE_KEY, storedText({ ...shipped, title: 'Stored' }));
    await rereadForTests();
    expect(state().custom?.title).toBe('Stored');
  });
});
