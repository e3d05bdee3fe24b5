/**
 * Builds the atlas and the bare page into a folder, and reads from each build's manifest which scripts a page needs
 * before it can paint.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Runs `vite build` with a manifest into outDir; `args` adds e.g. `--config`. */
export function build(label: string, outDir: string, args: string[] = []): void {
  console.log(`building ${label}…`);
  const result = spawnSync(npx, ['vite', 'build', '--logLevel', 'error', '--manifest', '--outDir', outDir, '--emptyOutDir', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the ${label} build failed`);
}

/**
 * JavaScript needed before the first paint: the entry chunk that index.html loads, and every chunk it imports
 * statically, transitively (the browser must fetch and run them all before the entry's code runs and renders).
 * Chunks reached only through `import()` are not counted: they load in parallel and the page paints without them.
 * Returns the paths of those files in the build.
 */
export function scriptsBeforeFirstPaint(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in ${outDir}, found ${entries.length}`);
  const needed = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || needed.has(chunk.file)) return;
    needed.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(entries[0]!);
  return [...needed].map((file) => join(outDir, file));
}
