import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseBase, serveStatic, STRICT_CSP } from './serve-static.mjs';

describe('normaliseBase', () => {
  it('gives a path with one leading and one trailing slash', () => {
    expect(normaliseBase('atlas')).toBe('/atlas/');
    expect(normaliseBase('/atlas')).toBe('/atlas/');
    expect(normaliseBase('//maps/atlas//')).toBe('/maps/atlas/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });
});

describe('serveStatic under a sub-path', () => {
  let dir: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-static-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>atlas</title>');
    writeFileSync(join(dir, 'data', 'ots.json'), '{"schemaVersion":1}');
    const started = await serveStatic({ dir, base: '/atlas/', port: 0 });
    server = started.server;
    origin = new URL(started.url).origin;
    expect(started.url).toBe(`${origin}/atlas/`);
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page, with its query, and the files beside it, each with the strict policy', async () => {
    const page = await fetch(`${origin}/atlas/?state=KAZ`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe(STRICT_CSP);
    const data = await fetch(`${origin}/atlas/data/ots.json`);
    expect(await data.json()).toEqual({ schemaVersion: 1 });
    expect(data.headers.get('content-security-policy')).toBe(STRICT_CSP);
  });

  it('redirects the folder without its slash, keeping the query', async () => {
    const response = await fetch(`${origin}/atlas?state=KAZ`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/atlas/?state=KAZ');
  });

  it('answers 404 outside the folder and for files that are not there, still under the policy', async () => {
    for (const path of ['/', '/index.html', '/data/ots.json', '/atlas/missing.js']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    }
  });
});
