import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithDataset } from '../test/render';
import { useAtlasStore } from '../state/store';
import { DetailsSlot } from './DetailsSheet';
import { VIEW_BY_ID } from './views';

const details = VIEW_BY_ID.get('details')!;
const actions = () => useAtlasStore.getState().actions;

describe('the details sheet (a phone’s details)', () => {
  it('opens when something is selected, names it on its bar, and opens and closes from the bar', async () => {
    const user = userEvent.setup();
    renderWithDataset(<DetailsSlot view={details} />);
    const bar = screen.getByRole('button', { name: 'Details: overview' });
    expect(bar).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(bar.getAttribute('aria-controls') ?? '')).not.toHaveClass('is-open');

    act(() => actions().stateSelected('KAZ'));
    const open = screen.getByRole('button', { name: 'Hide details' });
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(open.getAttribute('aria-controls') ?? '')).toHaveClass('is-open');
    expect(await screen.findByRole('heading', { level: 3, name: 'Kazakhstan' })).toBeInTheDocument();

    await user.click(open);
    expect(screen.getByRole('button', { name: 'Details: Kazakhstan' })).toHaveAttribute('aria-expanded', 'false');
    // Another selection opens it again; clearing the selection leaves it as it is.
    act(() => actions().corridorSelected('middle-corridor'));
    expect(screen.getByRole('button', { name: 'Hide details' })).toBeInTheDocument();
    act(() => actions().selectionCleared());
    expect(screen.getByRole('button', { name: 'Hide details' })).toBeInTheDocument();
  });
});
