import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { TimelineView } from './TimelineView';
import { buildTimelineModel } from './model';
import type * as Model from './model';
import { renderWithDataset } from '../../test/render';
import { useAtlasStore } from '../../state/store';

vi.mock('./model', async (importOriginal) => {
  const original = await importOriginal<typeof Model>();
  return { ...original, buildTimelineModel: vi.fn(original.buildTimelineModel) };
});

describe('TimelineView performance', () => {
  it('lays the timeline out once per dataset: selection, year and state changes only restyle it', () => {
    renderWithDataset(<TimelineView />);
    const group = screen.getByRole('group', { name: /Events by year/ });
    const gabala = within(group).getByRole('button', { name: '12th Summit, Gabala, 7 October 2025' });
    const { actions } = useAtlasStore.getState();
    act(() => actions.eventSelected('gabala-2025', 2025));
    act(() => actions.eventSelected('baku-2019', 2019));
    act(() => actions.yearChanged(2012));
    act(() => actions.stateSelected('KAZ'));
    act(() => actions.scopeChanged('all'));
    expect(buildTimelineModel).toHaveBeenCalledTimes(1);
    // The same element, restyled, not a new one.
    expect(within(group).getByRole('button', { name: '12th Summit, Gabala, 7 October 2025' })).toBe(gabala);
  });
});
