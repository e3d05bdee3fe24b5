import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { loadBundledDataset } from '../test/render';

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
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');
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
  });
});
