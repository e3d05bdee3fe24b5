/**
 * Serves a build folder over HTTP the way a static host would: every text file is compressed once with gzip (level 9)
 * beside the original, and sirv answers with the compressed copy when the browser accepts gzip. The bytes the browser
 * reports as transferred are then the compressed sizes a user downloads.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { freePort } from '../chromium.mjs';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|map)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes `name.gz` beside every compressible file; returns the compressed size of each, by path. */
export function precompress(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const gz = gzipSync(readFileSync(path), { level: 9 });
    writeFileSync(`${path}.gz`, gz);
    sizes.set(path, gz.length);
  }
  return sizes;
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` on a free port of 127.0.0.1, without caching headers (each load in a fresh context is cold). */
export async function serve(dir: string): Promise<Served> {
  const handler = sirv(dir, { gzip: true, etag: false, dev: false });
  const server: Server = createServer((req, res) => handler(req, res));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
