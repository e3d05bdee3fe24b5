import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { useUrlSync, withoutHistoryEntry } from './url-sync';
import { useAtlasStore } from './store';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();

function Sync() {
  useUrlSync(dataset);
  return null;
}

const actions = () => useAtlasStore.getState().actions;
const query = () => window.location.search;

describe('URL sync', () => {
  it('cleans a link against the dataset without adding an entry, then pushes each user choice', () => {
    window.history.replaceState(null, '', '/?state=XYZ&year=2018');
    const before = window.history.length;
    render(<Sync />);
    expect(query()).toBe('?year=2018');
    expect(window.history.length).toBe(before);

    act(() => actions().stateSelected('KAZ'));
    expect(query()).toBe('?state=KAZ&year=2018');
    act(() => actions().yearChanged(2025)); // the default year is not written
    expect(query()).toBe('?state=KAZ');
    expect(window.history.length).toBe(before + 2);
  });

  it('leaves the history entry alone when the link needs no cleaning', () => {
    window.history.replaceState(null, '', '/?state=KAZ&year=2018');
    const replaced = vi.spyOn(window.history, 'replaceState');
    try {
      render(<Sync />);
      expect(useAtlasStore.getState()).toMatchObject({ stateId: 'KAZ', year: 2018 });
      expect(replaced).not.toHaveBeenCalled();
    } finally {
      replaced.mockRestore();
    }
  });

  it('replaces the entry for a change made without one', () => {
    window.history.replaceState(null, '', '/');
    render(<Sync />);
    const before = window.history.length;
    act(() => actions().eventSelected('baku-2019', 2019));
    act(() => withoutHistoryEntry(() => actions().eventSelected('istanbul-2021', 2021)));
    expect(query()).toBe('?event=istanbul-2021&year=2021');
    expect(window.history.length).toBe(before + 1);
  });

  it('follows Back and Forward into the store', () => {
    window.history.replaceState(null, '', '/?state=HUN');
    render(<Sync />);
    act(() => {
      window.history.replaceState(null, '', '/?corridor=middle-corridor');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useAtlasStore.getState()).toMatchObject({ stateId: null, corridorId: 'middle-corridor' });
  });
});
