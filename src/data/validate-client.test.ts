// @vitest-environment node
/**
 * The validator worker's job and the page's side of it, wired together in one thread: a stand-in Worker runs the job
 * (validate-job.ts) and delivers each message on its own, as a real worker would.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DatasetLoadError } from './dataset-error';
import { validateOffThread, type JobProgress } from './validate-client';
import { PIECE, runJob, type JobMessage, type JobRequest } from './validate-job';
import type { Dataset } from './schema';

const TEXT = readFileSync(resolve(process.cwd(), 'public/data/ots.json'), 'utf8');

/** A stand-in for the validator worker: runs the job and delivers each message in a task of its own. */
class FakeWorker {
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  messages = 0;
  postMessage(request: JobRequest) {
    void runJob(request, (message) => {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (this.terminated) return;
        this.messages++;
        this.onmessage?.({ data: copy } as MessageEvent<JobMessage>);
      }, 0);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const spawnFake = (made: FakeWorker[] = []) => async () => {
  const worker = new FakeWorker();
  made.push(worker);
  return worker as unknown as Worker;
};
const noFallback = () => Promise.reject(new Error('the fallback ran'));

function withSources(count: number): string {
  const doc = JSON.parse(TEXT) as { sources: { id: string }[] };
  const model = doc.sources[0]!;
  for (let i = 0; i < count; i++) doc.sources.push({ ...model, id: `extra-${i}` });
  return JSON.stringify(doc);
}

describe('validating a dataset off the main thread', () => {
  it('sends a large dataset back in pieces and puts it together as it was, reporting each step', async () => {
    const text = withSources(PIECE * 2 + 17);
    const progress: JobProgress['stage'][] = [];
    const workers: FakeWorker[] = [];
    const dataset = await validateOffThread('big.json', { kind: 'file', file: new Blob([text]) }, [], {
      spawn: spawnFake(workers),
      fallback: noFallback,
      onProgress: (p) => progress.push(p.stage),
    });
    const expected = JSON.parse(text) as Dataset;
    expect(dataset.sources.map((s) => s.id)).toEqual(expected.sources.map((s) => s.id));
    expect(dataset.entities).toEqual(expected.entities);
    // No one message carries the whole long list: it came in pieces.
    expect(workers[0]!.messages).toBeGreaterThan(4);
    expect(workers[0]!.terminated).toBe(true);
    expect(new Set(progress)).toEqual(new Set(['reading', 'parsing', 'checking', 'references', 'receiving']));
  });

  it('rejects a bad file with its first problems, how many there were, and whether checking stopped', async () => {
    const doc = JSON.parse(TEXT) as { sources: unknown[] };
    for (let i = 0; i < 30_000; i++) doc.sources.push({ id: `Bad ${i}` });
    const error = await validateOffThread('bad.json', { kind: 'text', text: JSON.stringify(doc) }, [], { spawn: spawnFake(), fallback: noFallback }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetLoadError);
    const loadError = error as DatasetLoadError;
    expect(loadError.failure).toBe('schema');
    expect(loadError.problems).toHaveLength(100);
    expect(loadError.total).toBe(100_000);
    expect(loadError.stopped).toBe(true);
  });

  it('says a file is not JSON', async () => {
    const error = (await validateOffThread('notes.json', { kind: 'text', text: 'not json' }, [], { spawn: spawnFake(), fallback: noFallback }).catch(
      (e: unknown) => e,
    )) as DatasetLoadError;
    expect(error.failure).toBe('json');
    expect(error.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('stops the worker when cancelled', async () => {
    const workers: FakeWorker[] = [];
    const controller = new AbortController();
    const job = validateOffThread('big.json', { kind: 'text', text: withSources(10) }, [], {
      spawn: spawnFake(workers),
      fallback: noFallback,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('validates on the main thread when no worker can be started, or its script does not run', async () => {
    const fallback = vi.fn(() => Promise.resolve(JSON.parse(TEXT) as Dataset));
    const refused = await validateOffThread('a.json', { kind: 'text', text: TEXT }, [], {
      spawn: () => Promise.reject(new Error('blocked by the policy')),
      fallback,
    });
    expect(refused.title).toBeTruthy();

    const broken = async () => {
      const worker = { onerror: null as ((e: unknown) => void) | null, onmessage: null, terminate: vi.fn(), postMessage() {
        setTimeout(() => worker.onerror?.({ preventDefault() {}, message: 'could not load' }), 0);
      } };
      return worker as unknown as Worker;
    };
    await validateOffThread('a.json', { kind: 'text', text: TEXT }, [], { spawn: broken, fallback });
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('trusts, without validating, only the text the build validated', async () => {
    const { createHash } = await import('node:crypto');
    const broken = JSON.stringify({ schemaVersion: 1 });
    const digest = createHash('sha256').update(broken, 'utf8').digest('hex');
    const trusted = await validateOffThread('x.json', { kind: 'text', text: broken }, [digest], { spawn: spawnFake(), fallback: noFallback });
    expect(trusted).toEqual({ schemaVersion: 1 });
    await expect(validateOffThread('x.json', { kind: 'text', text: broken }, [], { spawn: spawnFake(), fallback: noFallback })).rejects.toBeInstanceOf(
      DatasetLoadError,
    );
  });
});
