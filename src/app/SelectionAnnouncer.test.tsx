import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { loadBundledDataset } from '../test/render';
import { useAtlasStore } from '../state/store';

const actions = () => useAtlasStore.getState().actions;

describe('SelectionAnnouncer', () => {
  it('is silent at first, then says what each change did', () => {
    const { container } = render(<SelectionAnnouncer dataset={loadBundledDataset()} />);
    const region = container.querySelector('[aria-live="polite"]')!;
    expect(region).toHaveTextContent(/^$/);

    act(() => actions().stateSelected('KAZ'));
    expect(region).toHaveTextContent('Kazakhstan selected: member since 2009; details, map, charts and timeline updated.');
    act(() => actions().yearChanged(2018));
    expect(region).toHaveTextContent('Year 2018: 4 members; details, map, charts and timeline updated.');
    act(() => actions().selectionCleared());
    expect(region).toHaveTextContent('Selection cleared: overview of 2018 shown.');
  });

  it('waits for the dataset and does not announce the view a link opened with', () => {
    act(() => actions().stateSelected('KAZ'));
    const { container, rerender } = render(<SelectionAnnouncer dataset={undefined} />);
    rerender(<SelectionAnnouncer dataset={loadBundledDataset()} />);
    expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent(/^$/);
  });
});
