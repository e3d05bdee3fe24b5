/**
 * `npm start`: builds the atlas and serves the build, printing what a newcomer needs (that it is building, then the
 * address to open) and nothing else unless something goes wrong: the type checker's and Vite's errors and warnings
 * are still printed.
 *
 *   node scripts/start.mjs [--outDir dir]
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { build, preview } from 'vite';

const at = process.argv.indexOf('--outDir');
const outDir = at >= 0 ? process.argv[at + 1] : undefined;

// What is served is the production build, whatever NODE_ENV the shell (or a test runner) has set: with another,
// React's development build goes in, and Vite warns of its size.
process.env.NODE_ENV = 'production';

console.log('Building the atlas…');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const checked = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.app.json'], { stdio: 'inherit' });
if (checked.status !== 0) process.exit(checked.status ?? 1);

const build_ = outDir ? { outDir, emptyOutDir: true } : {};
await build({ logLevel: 'warn', build: build_ });
// Port 4173 (vite.config.ts), or the next free one.
const server = await preview({ build: build_, preview: { strictPort: false } });
console.log('The OTS Atlas is served at:');
server.printUrls();
console.log('Press Ctrl+C to stop.');
