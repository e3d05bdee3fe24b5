/**
 * Lists in index.html, as `<link rel="modulepreload">` (and their CSS as `<link rel="preload" as="style">`), the
 * lazily loaded chunks the first screen needs, so that the browser fetches them with the entry chunk instead of one
 * after another as each `import()` runs (the entry, then the map's chunk, then the shapes it imports).
 *
 *   // vite.config.ts
 *   plugins: [preloadFirstScreen(['src/views/map/MapView.tsx', 'src/data/basemap.json'])]
 *
 * Each listed module must be in a chunk apart from the entry; one that is not (a build that inlines everything) is
 * skipped with a warning.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  moduleIds?: readonly string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

export function preloadFirstScreen(modules: readonly string[]): Plugin {
  let base = './';
  return {
    name: 'ots-preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base === '' ? './' : config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const chunks = Object.values(ctx.bundle).filter((output): output is typeof output & ChunkLike => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const entry = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('index.html') || ctx.chunk?.fileName === chunk.fileName);
        // What the entry already loads needs no hint.
        const loaded = new Set<string>();
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file) || loaded.has(file)) return;
          into.add(file);
          byFile.get(file)?.imports.forEach((imported) => walk(imported, into));
        };
        if (entry) walk(entry.fileName, loaded);
        const scripts = new Set<string>();
        for (const module of modules) {
          const named = (id: string | null | undefined) => id?.replaceAll('\\', '/').endsWith(`/${module}`) === true;
          // The chunk the module is the facade of, or else the shared chunk it was put in (when two dynamic imports
          // share it, as the dataset and briefing validators share zod).
          const chunk = chunks.find((c) => named(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds?.some(named));
          if (!chunk) {
            console.warn(`preloadFirstScreen: no chunk of its own for ${module}; not preloaded`);
            continue;
          }
          walk(chunk.fileName, scripts);
        }
        const css = new Set([...scripts].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]));
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
        return [
          ...[...scripts].map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `${base}${file}` })),
          ...[...css].map((file) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` })),
        ];
      },
    },
  };
}
