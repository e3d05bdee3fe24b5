/**
 * Serves a build as a plain static host would: the files only, mounted under a base path, with a strict
 * Content-Security-Policy header on every response. The end-to-end suite runs against it; it also works by hand:
 *
 *   node scripts/serve-static.mjs [--dir dist] [--base /atlas/] [--port 4173] [--host 127.0.0.1] [--no-csp]
 *
 * Requests outside the base path get 404, and the base path without its trailing slash is redirected to it (so that
 * the page's relative URLs resolve inside it). There is no fallback to index.html: the atlas keeps its view in the
 * query string, so every link is to the folder itself.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/** The policy the atlas is built to work under: nothing inline but styles, nothing from another origin. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/** `/atlas`, `atlas/`, `/atlas/` → `/atlas/`; `` and `/` → `/`. */
export function normaliseBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * A request handler serving `dir` under `base`. The CSP header, when given, is set on every response, errors
 * included, as a host configured for it would.
 */
export function staticHandler({ dir, base = '/', csp = STRICT_CSP }) {
  const prefix = normaliseBase(base);
  const files = sirv(dir, { etag: true, dotfiles: false });
  return (req, res) => {
    if (csp) res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    if (prefix !== '/' && `${path}/` === prefix) {
      res.writeHead(301, { Location: prefix + url.slice(path.length) });
      res.end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Not found: the atlas is served under ${prefix}\n`);
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    });
  };
}

/** Starts the server; resolves with it and the URL of the atlas once it listens. */
export function serveStatic({ dir = 'dist', base = '/', port = 4173, host = '127.0.0.1', csp = STRICT_CSP } = {}) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/index.html not found: build the atlas first (npm run build)`);
  const server = createServer(staticHandler({ dir, base, csp }));
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actual}${normaliseBase(base)}` });
    });
  });
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--dir') options.dir = value();
    else if (arg === '--base') options.base = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--no-csp') options.csp = '';
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { url } = await serveStatic(parseArgs(process.argv.slice(2)));
    console.log(`Serving the atlas at ${url}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
