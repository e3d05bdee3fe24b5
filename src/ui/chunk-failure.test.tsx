import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkAddress, diagnoseChunk, dropFailedStylesheets, isChunkFailure } from './chunk-failure';
import { ErrorBoundary } from './ErrorBoundary';

const failed = (url: string) => new Error(`Failed to fetch dynamically imported module: ${url}`);

afterEach(() => vi.unstubAllGlobals());

describe('a chunk that could not be downloaded', () => {
  it('is told apart from other errors, by Chromium’s, Firefox’s, Safari’s and the preloader’s words', () => {
    expect(isChunkFailure(failed('http://x/atlas/assets/BriefingEditor-abc.js'))).toBe(true);
    expect(isChunkFailure(new Error('error loading dynamically imported module: http://x/a.js'))).toBe(true);
    expect(isChunkFailure(new Error('Importing a module script failed.'))).toBe(true);
    expect(isChunkFailure(new Error('Unable to preload CSS for http://x/assets/briefing-1.css'))).toBe(true);
    expect(isChunkFailure(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkFailure('Failed to fetch dynamically imported module')).toBe(false);
  });

  it('names the address of the chunk, absolute or relative to the page', () => {
    expect(chunkAddress(failed('http://x/atlas/assets/BriefingEditor-abc.js'))).toBe('http://x/atlas/assets/BriefingEditor-abc.js');
    expect(chunkAddress(new Error('Unable to preload CSS for ./assets/b.css'), 'http://x/atlas/')).toBe('http://x/atlas/assets/b.css');
    expect(chunkAddress(new Error('Importing a module script failed.'))).toBeNull();
  });

  it('is gone after a redeploy (404), unreachable offline, there after a passing failure', async () => {
    const error = failed('http://x/atlas/assets/BriefingEditor-abc.js');
    expect(await diagnoseChunk(error, vi.fn(async () => new Response('', { status: 404 })))).toBe('gone');
    expect(await diagnoseChunk(error, vi.fn(async () => new Response('', { status: 200 })))).toBe('there');
    expect(await diagnoseChunk(error, vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))).toBe('unreachable');
    expect(await diagnoseChunk(new Error('Importing a module script failed.'), vi.fn())).toBe('unreachable');
  });

  it('a style sheet that failed to load is removed, so downloading again loads it again', () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'http://x/atlas/assets/briefing-1.css';
    document.head.append(link);
    dropFailedStylesheets();
    expect(document.head.contains(link)).toBe(false);
  });
});

describe('the error boundary, for a chunk', () => {
  const Broken = ({ error }: { error: Error }) => {
    throw error;
  };

  it('offers a reload when the server no longer has the chunk (the atlas was updated)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await act(async () => {
      render(
        <ErrorBoundary name="the briefing editor">
          <Broken error={failed('http://x/atlas/assets/BriefingEditor-abc.js')} />
        </ErrorBoundary>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The briefing editor could not be downloaded: the atlas has been updated');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('offers Retry when the connection is the trouble', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await act(async () => {
      render(
        <ErrorBoundary name="the briefing editor">
          <Broken error={failed('http://x/atlas/assets/BriefingEditor-abc.js')} />
        </ErrorBoundary>,
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The briefing editor could not be downloaded');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
