import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { preloaded } from './preloaded';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Greeting = ({ who }: { who: string }) => <p>Hello, {who}</p>;

describe('preloaded', () => {
  it('starts loading when created, not when first rendered', () => {
    const load = vi.fn(() => new Promise<typeof Greeting>(() => {}));
    preloaded(load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('with start: first-render, starts loading only when first rendered, and only once', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const View = preloaded(load, { start: 'first-render' });
    expect(load).not.toHaveBeenCalled();
    render(<View who="Bishkek" fallback={<p>Loading…</p>} />);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Hello, Bishkek')).toBeInTheDocument();
    render(<View who="Tashkent" />);
    expect(screen.getByText('Hello, Tashkent')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows its fallback while the chunk is on its way, then the component with its props', async () => {
    const chunk = deferred<typeof Greeting>();
    const View = preloaded(() => chunk.promise);
    render(<View who="Baku" fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => chunk.resolve(Greeting));
    expect(screen.getByText('Hello, Baku')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('draws in the first render, with no fallback, once the chunk has arrived', async () => {
    const View = preloaded(() => Promise.resolve(Greeting));
    await act(async () => {});
    const commits: string[] = [];
    const Spy = ({ text }: { text: string }) => {
      commits.push(text);
      return null;
    };
    render(<View who="Astana" fallback={<Spy text="fallback" />} />);
    expect(screen.getByText('Hello, Astana')).toBeInTheDocument();
    expect(commits).toEqual([]);
  });

  it('hands a failed download to the nearest error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const chunk = deferred<typeof Greeting>();
    const View = preloaded(() => chunk.promise);
    render(
      <ErrorBoundary name="the greeting">
        <View who="Bishkek" fallback={<p>Loading…</p>} />
      </ErrorBoundary>,
    );
    await act(async () => chunk.reject(new Error('Failed to fetch dynamically imported module')));
    expect(screen.getByRole('alert')).toHaveTextContent('The greeting could not be downloaded');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('downloads the chunk again when the error boundary retries, and draws once it arrives', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const attempts = [deferred<typeof Greeting>(), deferred<typeof Greeting>()];
    let attempt = 0;
    const load = vi.fn(() => attempts[attempt++]!.promise);
    const View = preloaded(load, { start: 'first-render' });
    render(
      <ErrorBoundary name="the greeting" onRetry={View.reload}>
        <View who="Baku" fallback={<p>Loading…</p>} />
      </ErrorBoundary>,
    );
    await act(async () => attempts[0]!.reject(new Error('Failed to fetch dynamically imported module')));
    expect(screen.getByRole('alert')).toHaveTextContent('could not be downloaded');

    act(() => screen.getByRole('button', { name: 'Retry' }).click());
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => attempts[1]!.resolve(Greeting));
    expect(screen.getByText('Hello, Baku')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reload does nothing while the download is on its way or done', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const View = preloaded(load);
    View.reload();
    await act(async () => {});
    View.reload();
    render(<View who="Shusha" />);
    expect(screen.getByText('Hello, Shusha')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
