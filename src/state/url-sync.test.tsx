import { describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { currentUrl, useUrlSync, withoutHistoryEntry } from './url-sync';
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
  it('cleans a link against the dataset without adding an entry, then pushes each user choice', async () => {
    window.history.replaceState(null, '', '/?state=XYZ&year=2018');
    const before = window.history.length;
    render(<Sync />);
    expect(query()).toBe('?year=2018');
    expect(window.history.length).toBe(before);

    act(() => actions().stateSelected('KAZ'));
    await waitFor(() => expect(query()).toBe('?state=KAZ&year=2018'));
    act(() => actions().yearChanged(2025)); // the default year is not written
    await waitFor(() => expect(query()).toBe('?state=KAZ'));
    expect(window.history.length).toBe(before + 2);
  });

  it('writes the history once the change is on screen, not while the views are updating', async () => {
    window.history.replaceState(null, '', '/');
    render(<Sync />);
    const pushed = vi.spyOn(window.history, 'pushState');
    try {
      act(() => actions().stateSelected('TUR'));
      expect(pushed).not.toHaveBeenCalled();
      expect(query()).toBe('');
      await waitFor(() => expect(pushed).toHaveBeenCalledTimes(1));
      expect(query()).toBe('?state=TUR');
    } finally {
      pushed.mockRestore();
    }
  });

  it('folds the changes of one frame into one entry, with the view as it is then', async () => {
    window.history.replaceState(null, '', '/');
    render(<Sync />);
    const before = window.history.length;
    act(() => {
      actions().stateSelected('UZB');
      actions().yearChanged(2019);
    });
    await waitFor(() => expect(query()).toBe('?state=UZB&year=2019'));
    expect(window.history.length).toBe(before + 1);
  });

  it('gives a link to the view on screen even before the history has been written', () => {
    window.history.replaceState(null, '', '/');
    render(<Sync />);
    act(() => actions().corridorSelected('middle-corridor'));
    expect(new URL(currentUrl()).search).toBe('?corridor=middle-corridor');
  });

  it('drops a write not yet made when Back or Forward changes the address', async () => {
    window.history.replaceState(null, '', '/?state=HUN');
    render(<Sync />);
    const pushed = vi.spyOn(window.history, 'pushState');
    try {
      act(() => {
        actions().stateSelected('AZE');
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      expect(useAtlasStore.getState()).toMatchObject({ stateId: 'HUN' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pushed).not.toHaveBeenCalled();
      expect(query()).toBe('?state=HUN');
    } finally {
      pushed.mockRestore();
    }
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

  it('replaces the entry for a change made without one', async () => {
    window.history.replaceState(null, '', '/');
    render(<Sync />);
    const before = window.history.length;
    act(() => actions().eventSelected('baku-2019', 2019));
    await waitFor(() => expect(query()).toBe('?event=baku-2019&year=2019'));
    act(() => withoutHistoryEntry(() => actions().eventSelected('istanbul-2021', 2021)));
    await waitFor(() => expect(query()).toBe('?event=istanbul-2021&year=2021'));
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
