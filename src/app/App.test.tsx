import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { loadBundledDataset } from '../test/render';
import { restoreViewFromLocation } from '../state/url-sync';

function serve(...bodies: (string | { status: number })[]) {
  const queue = [...bodies];
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const next = queue.length > 1 ? queue.shift() : queue[0];
      if (typeof next === 'object' && next) return new Response('nope', { status: next.status, statusText: 'Not Found' });
      return new Response(next ?? '', { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
}

const renderApp = () =>
  render(
    <Providers client={createQueryClient()}>
      <App />
    </Providers>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows a loading state, then the overview', async () => {
    serve(JSON.stringify(loadBundledDataset()));
    renderApp();
    // Beside the map's own, which draws its land while the dataset loads.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Loading the dataset…');
    expect(await screen.findByRole('heading', { level: 3, name: /The OTS in 2025/ })).toBeInTheDocument();
  });

  it('reports a schema violation with its JSON path, and recovers on retry', async () => {
    const broken = structuredClone(loadBundledDataset()) as unknown as { events: { date: string }[] };
    broken.events[2]!.date = '20 October 2011';
    serve(JSON.stringify(broken), JSON.stringify(loadBundledDataset()));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the dataset ots.json');
    expect(alert).toHaveTextContent('events[2].date');
    expect(alert).toHaveTextContent('expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 3, name: /The OTS in 2025/ })).toBeInTheDocument();
  });

  it('reports a failed fetch', async () => {
    serve({ status: 404 });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 404');
    // The map, drawn before the dataset, says it has none rather than that one is on its way.
    const map = await screen.findByRole('region', { name: 'Map' }, { timeout: 10_000 });
    expect(within(map).getByText('No dataset loaded: the land alone')).toBeInTheDocument();
  });

  it('with ?embed= shows that panel alone, at the linked view, with a link to the whole atlas at the same view', async () => {
    window.history.replaceState(null, '', '/?embed=timeline&event=gabala-2025');
    restoreViewFromLocation();
    try {
      serve(JSON.stringify(loadBundledDataset()));
      renderApp();
      const timeline = await screen.findByRole('region', { name: 'Summits and milestones' });
      expect(within(timeline).getByRole('button', { name: /^12th Summit, Gabala/ })).toHaveAttribute('aria-current', 'true');
      expect(screen.getAllByRole('region').filter((r) => r.classList.contains('panel'))).toEqual([timeline]);
      expect(screen.queryByRole('heading', { level: 1, name: 'OTS Atlas' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Copy link to this view' })).toBeNull();
      const open = screen.getByRole('link', { name: 'Open in OTS Atlas' });
      expect(new URL(open.getAttribute('href') ?? '').search).toBe('?event=gabala-2025');
    } finally {
      window.history.replaceState(null, '', '/');
      act(() => restoreViewFromLocation());
    }
  });

  it('ignores an embed value it does not know, says so, and shows the whole atlas', async () => {
    window.history.replaceState(null, '', '/?embed=everything');
    restoreViewFromLocation();
    serve(JSON.stringify(loadBundledDataset()));
    renderApp();
    expect(await screen.findByRole('heading', { level: 3, name: /The OTS in 2025/ })).toBeInTheDocument();
    expect(screen.getByText(/Ignored from the link/)).toHaveTextContent('embed=everything (expected one of map, gdp, trade, timeline, claims)');
    expect(screen.getByRole('heading', { level: 1, name: 'OTS Atlas' })).toBeInTheDocument();
  });
});
