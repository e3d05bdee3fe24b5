import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawEveryView, useDrawWhenSeen, usePrintShortcut } from './draw-when-seen';
import { ALL_DRAWN_MARK, READY_MARK, ReadyTracker, useReportDrawn } from './ready';

/** A view that reports drawn as soon as it renders. */
function View({ id }: { id: string }) {
  useReportDrawn(id);
  return <p>{id} drawn</p>;
}

/** A view's place, at `top` pixels down the page; its view draws when useDrawWhenSeen says so. */
function Place({ id, top }: { id: string; top: number }) {
  const { place, draw } = useDrawWhenSeen<HTMLDivElement>(id, true);
  return (
    <div ref={place} data-top={top}>
      {draw ? <View id={id} /> : <p>{id} waiting</p>}
    </div>
  );
}

/** A layout of three views: two on the first screen, one below the fold. */
function Layout() {
  return (
    <ReadyTracker views={['map', 'details', 'gdp']}>
      <Place id="map" top={0} />
      <Place id="details" top={100} />
      <Place id="gdp" top={2000} />
    </ReadyTracker>
  );
}

const marks = (name: string) => performance.getEntriesByName(name).length;
/** The next frame, and the task after it: the marks are set once the frame has been painted. */
const paint = () =>
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  });

beforeEach(() => {
  performance.clearMarks();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  // jsdom lays nothing out: each place is where its data-top says, in a 768-pixel-high window.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = Number(this.dataset.top ?? 0);
    return { top, bottom: top + 300, left: 0, right: 800, width: 800, height: 300, x: 0, y: top, toJSON: () => ({}) };
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useDrawWhenSeen with ReadyTracker', () => {
  it('draws the views on screen at once and marks ots:ready, once they are painted, without waiting for the one below the fold', () => {
    render(<Layout />);
    expect(screen.getByText('map drawn')).toBeInTheDocument();
    expect(screen.getByText('details drawn')).toBeInTheDocument();
    expect(screen.getByText('gdp waiting')).toBeInTheDocument();
    expect(marks(READY_MARK)).toBe(0);
    paint();
    expect(screen.getByText('gdp waiting')).toBeInTheDocument();
    expect(marks(READY_MARK)).toBe(1);
    expect(marks(ALL_DRAWN_MARK)).toBe(0);
  });

  it('then draws the view below the fold, with no scrolling, and marks ots:all-drawn', async () => {
    render(<Layout />);
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByText('gdp drawn')).toBeInTheDocument();
    // Marked once it is painted.
    paint();
    expect(marks(ALL_DRAWN_MARK)).toBe(1);
    expect(marks(READY_MARK)).toBe(1);
  });

  it('draws it at once when the page is about to print', () => {
    render(<Layout />);
    expect(screen.getByText('gdp waiting')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('gdp drawn')).toBeInTheDocument();
  });

  it('draws it when asked to draw every view, and says when all have drawn', async () => {
    render(<Layout />);
    let done = false;
    act(() => {
      void drawEveryView().then(() => (done = true));
    });
    expect(screen.getByText('gdp drawn')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(marks(ALL_DRAWN_MARK)).toBe(1);
    expect(done).toBe(true);
  });
});

describe('a view below the fold when a view on screen never draws', () => {
  function Stuck() {
    return (
      <ReadyTracker views={['map', 'gdp']}>
        {/* The map never reports drawn (its chunk failed, say). */}
        <p>map failed</p>
        <Place id="gdp" top={2000} />
      </ReadyTracker>
    );
  }

  it('is drawn all the same after a few seconds, and ots:ready is never marked', async () => {
    render(<Stuck />);
    await act(async () => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByText('gdp waiting')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTimeAsync(4000));
    expect(screen.getByText('gdp drawn')).toBeInTheDocument();
    expect(marks(READY_MARK)).toBe(0);
  });

  it('holds printing back for ten seconds at most', async () => {
    render(<Stuck />);
    let done = false;
    act(() => {
      void drawEveryView().then(() => (done = true));
    });
    await act(async () => vi.advanceTimersByTimeAsync(9_900));
    expect(done).toBe(false);
    await act(async () => vi.advanceTimersByTimeAsync(200));
    expect(done).toBe(true);
  });
});

describe('the print shortcut', () => {
  /** The main layout, with the shortcut on (or off, as in briefing mode and the embed). */
  function PrintableLayout({ enabled = true }: { enabled?: boolean }) {
    usePrintShortcut(enabled);
    return <Layout />;
  }
  /** Presses Ctrl+P (or ⌘P) and says whether the browser's own print was held back. */
  const press = (init: KeyboardEventInit = { ctrlKey: true }) => {
    const event = new KeyboardEvent('keydown', { key: 'p', bubbles: true, cancelable: true, ...init });
    act(() => {
      window.dispatchEvent(event);
    });
    return event.defaultPrevented;
  };
  const print = () => vi.spyOn(window, 'print').mockImplementation(() => {});

  it('while a view below the fold waits, draws it first and opens the print dialog once every view has drawn', async () => {
    const printed = print();
    render(<PrintableLayout />);
    expect(press()).toBe(true);
    expect(screen.getByText('gdp drawn')).toBeInTheDocument();
    expect(printed).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(marks(ALL_DRAWN_MARK)).toBe(1);
    expect(printed).toHaveBeenCalledTimes(1);
  });

  it('opens one print dialog however often it is pressed while the views draw', async () => {
    const printed = print();
    render(<PrintableLayout />);
    expect(press()).toBe(true);
    expect(press({ metaKey: true })).toBe(true);
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(printed).toHaveBeenCalledTimes(1);
  });

  it('takes ⌘P as Ctrl+P', () => {
    print();
    render(<PrintableLayout />);
    expect(press({ metaKey: true })).toBe(true);
  });

  it('leaves printing to the browser once every view has drawn', async () => {
    const printed = print();
    render(<PrintableLayout />);
    await act(async () => vi.advanceTimersByTimeAsync(100));
    paint();
    expect(marks(ALL_DRAWN_MARK)).toBe(1);
    expect(press()).toBe(false);
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(printed).not.toHaveBeenCalled();
  });

  it('leaves other keys, and layouts without the shortcut, alone', () => {
    const printed = print();
    const { unmount } = render(<PrintableLayout />);
    expect(press({ ctrlKey: true, shiftKey: true })).toBe(false);
    expect(press({ ctrlKey: false })).toBe(false);
    unmount();
    render(<PrintableLayout enabled={false} />);
    expect(press()).toBe(false);
    expect(screen.getByText('gdp waiting')).toBeInTheDocument();
    expect(printed).not.toHaveBeenCalled();
  });
});
