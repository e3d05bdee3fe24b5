import { describe, expect, it, vi } from 'vitest';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { preloadFirstScreen } from './preload-first-screen';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], css: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set<string>() },
});

/** A build of an entry that imports `shared.js`, and two lazy chunks: the map (which also uses shared.js) and a dialog. */
const bundle = {
  'assets/index.js': chunk('assets/index.js', '/app/index.html', ['assets/shared.js']),
  'assets/shared.js': chunk('assets/shared.js', null),
  'assets/map.js': chunk('assets/map.js', '/app/src/views/map/MapView.tsx', ['assets/shared.js', 'assets/leaflet.js'], ['assets/map.css']),
  'assets/leaflet.js': chunk('assets/leaflet.js', null),
  'assets/dialog.js': chunk('assets/dialog.js', '/app/src/views/Dialog.tsx'),
};

function tags(modules: string[], base = './'): HtmlTagDescriptor[] {
  const plugin = preloadFirstScreen(modules);
  (plugin.configResolved as (config: Pick<ResolvedConfig, 'base'>) => void)({ base });
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: Partial<IndexHtmlTransformContext>) => HtmlTagDescriptor[] };
  return hook.handler('', { bundle: bundle as unknown as IndexHtmlTransformContext['bundle'], chunk: bundle['assets/index.js'] as never });
}

describe('preloadFirstScreen', () => {
  it('preloads the listed lazy chunks, their own imports and their CSS, and nothing the entry already loads', () => {
    expect(tags(['src/views/map/MapView.tsx']).map((t) => t.attrs)).toEqual([
      { rel: 'modulepreload', crossorigin: true, href: './assets/map.js' },
      { rel: 'modulepreload', crossorigin: true, href: './assets/leaflet.js' },
      { rel: 'preload', as: 'style', crossorigin: true, href: './assets/map.css' },
    ]);
  });

  it('leaves unlisted lazy chunks to load when they are needed, and follows the base', () => {
    const hrefs = tags(['src/views/map/MapView.tsx'], '/atlas/').map((t) => t.attrs?.href);
    expect(hrefs).not.toContain('/atlas/assets/dialog.js');
    expect(hrefs[0]).toBe('/atlas/assets/map.js');
  });

  it('warns about, and skips, a listed module that has no chunk of its own', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(tags(['src/views/Missing.tsx'])).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('src/views/Missing.tsx'));
    warn.mockRestore();
  });
});
