/**
 * One panel failing does not take the page down: its error boundary says which panel failed and offers a retry,
 * and the other panels keep drawing and following the selection.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as DetailsModule from '../views/details/DetailsPanel';
import { App } from './App';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { loadBundledDataset } from '../test/render';
import { loadBasemap } from '../data/geo';
import { installResizeObserver } from '../views/charts/testing';

const failure = vi.hoisted(() => ({ on: false }));

vi.mock('../views/details/DetailsPanel', async (importOriginal) => {
  const actual = await importOriginal<typeof DetailsModule>();
  function DetailsPanel() {
    if (failure.on) throw new Error('the details broke on purpose');
    return <actual.DetailsPanel />;
  }
  return { ...actual, DetailsPanel };
});

let undo: (() => void)[] = [];
beforeAll(async () => {
  undo = [installResizeObserver()];
  await loadBasemap();
}, 30_000);
afterAll(() => undo.forEach((u) => u()));
afterEach(() => {
  failure.on = false;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The whole app on the bundled dataset, with the details panel failing as it draws; console.error is captured. */
function renderWithFailingDetails() {
  const dataset = JSON.stringify(loadBundledDataset());
  vi.stubGlobal('fetch', vi.fn(async () => new Response(dataset, { status: 200 })));
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  failure.on = true;
  const user = userEvent.setup();
  render(
    <Providers client={createQueryClient()}>
      <App />
    </Providers>,
  );
  return { user, logged };
}

// The whole page renders, map included, which jsdom takes its time over.
describe('a failing panel', { timeout: 20_000 }, () => {
  it('shows what failed and a retry, while the other panels keep working', async () => {
    const { user, logged } = renderWithFailingDetails();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Something went wrong in the details panel' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('the details broke on purpose');
    expect(logged).toHaveBeenCalledWith('the details panel failed', expect.any(Error), expect.any(String));
    expect(screen.queryByRole('region', { name: 'Details' })).not.toBeInTheDocument();

    // The map, the GDP chart and the timeline are drawn and still follow a selection.
    const slow = { timeout: 10_000 };
    const map = await screen.findByRole('region', { name: 'Map' }, slow);
    const gdp = await screen.findByRole('region', { name: 'GDP' }, slow);
    const timeline = screen.getByRole('region', { name: 'Summits and milestones' });
    await user.click(await within(map).findByRole('button', { name: 'Kazakhstan' }, slow));
    expect(within(map).getByRole('button', { name: 'Kazakhstan' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(gdp).getByRole('button', { name: 'Kazakhstan', pressed: true })).toBeInTheDocument();
    await user.click(within(timeline).getByRole('button', { name: /^12th Summit, Gabala/ }));
    expect(within(timeline).getByRole('button', { name: /^12th Summit, Gabala/ })).toHaveAttribute('aria-current', 'true');
    expect(within(map).getByRole('button', { name: 'Kazakhstan' })).toHaveAttribute('aria-pressed', 'false');

    // Retry draws the panel again, showing the selection made meanwhile.
    failure.on = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const details = await screen.findByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { level: 3, name: '12th Summit' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('fails again on retry while the fault remains, and still names the panel', async () => {
    const { user } = renderWithFailingDetails();
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Something went wrong in the details panel' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Summits and milestones' })).toBeInTheDocument();
  });
});
