import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { TimelineView } from './TimelineView';
import { PLAY_INTERVAL_MS } from './usePlayer';
import { renderWithDataset } from '../../test/render';
import { useAtlasStore } from '../../state/store';

const actions = () => useAtlasStore.getState().actions;
const selected = () => {
  const { eventId, year } = useAtlasStore.getState();
  return { eventId, year };
};
const panel = () => screen.getByRole('region', { name: 'Summits and milestones' });
const playButton = () => within(panel()).getByRole('button', { name: 'Play summits' });
const pauseButton = () => within(panel()).getByRole('button', { name: 'Pause' });
const tick = (times = 1) =>
  act(() => {
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * times);
  });

describe('Play summits', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps through the held summits from the selected one, following gaps, and stops on a key press', () => {
    actions().eventSelected('bodrum-2014', 2014);
    renderWithDataset(<TimelineView />);
    fireEvent.click(playButton());
    expect(pauseButton()).toBeInTheDocument();
    expect(selected()).toEqual({ eventId: 'bodrum-2014', year: 2014 });
    tick();
    expect(selected()).toEqual({ eventId: 'astana-2015', year: 2015 });
    expect(panel()).toHaveTextContent('Showing 5th Summit, Astana, 11 September 2015');
    tick();
    expect(selected()).toEqual({ eventId: 'cholpon-ata-2018', year: 2018 });
    expect(within(panel()).getByRole('button', { name: /^6th Summit, Cholpon-Ata/ })).toHaveAttribute('aria-current', 'true');

    fireEvent.keyDown(document.body, { key: 'a' });
    expect(playButton()).toBeInTheDocument();
    tick(4);
    expect(selected()).toEqual({ eventId: 'cholpon-ata-2018', year: 2018 });
  });

  it('starts from the first summit when nothing is selected, and stops at the last held summit, before the plans', () => {
    renderWithDataset(<TimelineView />);
    fireEvent.click(playButton());
    expect(selected()).toEqual({ eventId: 'nakhchivan-2009', year: 2009 });
    const seen = ['nakhchivan-2009'];
    for (let i = 0; i < 18; i++) {
      tick();
      seen.push(String(selected().eventId));
    }
    expect(seen).toHaveLength(19);
    expect(new Set(seen).size).toBe(19);
    expect(seen.slice(-3)).toEqual(['bishkek-2024', 'budapest-2025', 'gabala-2025']);
    expect(playButton()).toBeInTheDocument();
    tick(3);
    expect(selected()).toEqual({ eventId: 'gabala-2025', year: 2025 });
  });

  it('starts over from the first summit when the last one is selected', () => {
    actions().eventSelected('gabala-2025', 2025);
    renderWithDataset(<TimelineView />);
    fireEvent.click(playButton());
    expect(selected()).toEqual({ eventId: 'nakhchivan-2009', year: 2009 });
  });

  it('stops when the view changes elsewhere: a state chosen on the map, or the year', () => {
    renderWithDataset(<TimelineView />);
    fireEvent.click(playButton());
    tick();
    act(() => actions().stateSelected('KAZ'));
    expect(playButton()).toBeInTheDocument();
    tick(2);
    expect(useAtlasStore.getState()).toMatchObject({ stateId: 'KAZ', eventId: null });
    // Back to the very summit it was showing (as the Back button would): it stays stopped.
    act(() => actions().eventSelected('istanbul-2010', 2010));
    expect(playButton()).toBeInTheDocument();
    tick(2);
    expect(selected()).toEqual({ eventId: 'istanbul-2010', year: 2010 });

    act(() => actions().eventSelected('baku-2019', 2019));
    fireEvent.click(playButton());
    act(() => actions().yearChanged(2020));
    expect(playButton()).toBeInTheDocument();
    tick(2);
    // The year chosen wins: the summit of 2019 is cleared, and the player does not bring it back.
    expect(selected()).toEqual({ eventId: null, year: 2020 });
  });

  it('stops on a pointer press anywhere but the play button, which pauses it itself', () => {
    renderWithDataset(<TimelineView />);
    fireEvent.click(playButton());
    fireEvent.pointerDown(pauseButton());
    expect(pauseButton()).toBeInTheDocument();
    fireEvent.click(pauseButton());
    expect(playButton()).toBeInTheDocument();

    fireEvent.click(playButton());
    fireEvent.pointerDown(document.body);
    expect(playButton()).toBeInTheDocument();
    tick(2);
    expect(selected()).toEqual({ eventId: 'nakhchivan-2009', year: 2009 });
  });

  it('can be played and paused from the keyboard', () => {
    renderWithDataset(<TimelineView />);
    playButton().focus();
    // Enter on the focused play button: its keydown does not count as "another action"; the click toggles.
    fireEvent.keyDown(playButton(), { key: 'Enter' });
    fireEvent.click(playButton());
    fireEvent.keyDown(pauseButton(), { key: 'Enter' });
    expect(pauseButton()).toBeInTheDocument();
    fireEvent.click(pauseButton());
    expect(playButton()).toBeInTheDocument();
    // Escape on the button stops it too.
    fireEvent.click(playButton());
    fireEvent.keyDown(pauseButton(), { key: 'Escape' });
    expect(playButton()).toBeInTheDocument();
  });
});
