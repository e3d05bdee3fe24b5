import { describe, expect, it } from 'vitest';
import { useAtlasStore, viewOf, DEFAULT_VIEW } from './store';

const actions = () => useAtlasStore.getState().actions;
const view = () => viewOf(useAtlasStore.getState());

describe('the store', () => {
  it('starts with nothing selected, the default year and members only', () => {
    expect(view()).toEqual(DEFAULT_VIEW);
  });

  it('keeps one selection at a time', () => {
    actions().stateSelected('KAZ');
    expect(view()).toMatchObject({ stateId: 'KAZ', corridorId: null, eventId: null });
    actions().corridorSelected('middle-corridor');
    expect(view()).toMatchObject({ stateId: null, corridorId: 'middle-corridor', eventId: null });
  });

  it('moves the year with a selected event, and keeps the scope', () => {
    actions().scopeChanged('all');
    actions().eventSelected('gabala-2025', 2025);
    expect(view()).toEqual({ stateId: null, corridorId: null, eventId: 'gabala-2025', year: 2025, scope: 'all' });
  });

  it('clears an event when a year other than its own is chosen, from any control, and keeps it for its own year', () => {
    actions().eventSelected('samarkand-2022', 2022);
    actions().yearChanged(2022);
    expect(view()).toMatchObject({ eventId: 'samarkand-2022', year: 2022 });
    actions().yearChanged(2010);
    expect(view()).toMatchObject({ eventId: null, year: 2010 });
    // Other selections are not of a year: they stay.
    actions().stateSelected('KAZ');
    actions().yearChanged(2018);
    expect(view()).toMatchObject({ stateId: 'KAZ', year: 2018 });
  });

  it('clears the selection but not the year or scope', () => {
    actions().yearChanged(2018);
    actions().scopeChanged('all');
    actions().stateSelected('HUN');
    actions().selectionCleared();
    expect(view()).toEqual({ ...DEFAULT_VIEW, year: 2018, scope: 'all' });
  });

  it('opens a claim’s view: its year and set of states, with nothing selected', () => {
    actions().stateSelected('KAZ');
    actions().claimViewOpened({ year: 2024, scope: 'all' });
    expect(view()).toEqual({ ...DEFAULT_VIEW, year: 2024, scope: 'all' });
  });
});
