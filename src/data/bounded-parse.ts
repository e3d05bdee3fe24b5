/**
 * Parsing with zod under a bound: a hostile file with millions of problems is reported as the first hundred and a
 * count, in bounded time and memory, instead of a list of millions (zod's own `safeParse` gathers every issue, and
 * hands a container's issues up by spreading them into a call, which overflows the stack past about 100 000).
 *
 * The walk follows the schema, not the data: it steps into objects, arrays and the optional, nullable and default
 * wrappers of the schema (so its depth is the schema's, whatever the file's nesting), and hands every other schema
 * (strings, numbers, enums, tuples, unions, objects with refinements) to zod itself. Each item of an array is first
 * parsed by zod whole, which is as fast as zod is; only an item that fails is walked, to report its problems one by
 * one. For input that parses, the result is zod's; for input that does not, the problems are zod's issues, in zod's
 * order, until the collector's budget runs out.
 */
import { z } from './zod.ts';
import type { Problem } from './validate.ts';

/** Where the walk has got to, for a progress bar: the top-level list being checked and how far through it. */
export interface WalkProgress {
  section: string;
  done: number;
  total: number;
}

/** Keeps the first `keep` problems and counts the rest; stops the walk once `budget` problems have been counted. */
export class ProblemCollector {
  readonly problems: Problem[] = [];
  total = 0;
  /** True when the walk stopped at the budget: `total` is then a lower bound. */
  stopped = false;

  constructor(
    readonly keep = 100,
    readonly budget = 100_000,
  ) {}

  add(path: string, message: string): void {
    this.total++;
    if (this.problems.length < this.keep) this.problems.push({ path, message });
    if (this.total >= this.budget) {
      this.stopped = true;
      throw STOP;
    }
  }
}

const STOP = Symbol('the problem budget is spent');
const FAIL = Symbol('invalid');
type Key = string | number;

/** `entities[3].capital`: the path of a place in the file. */
export function formatKeys(keys: readonly PropertyKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  checks?: unknown[];
}
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The array's own length checks, on items that always pass: what zod reports about the list itself. */
const shells = new WeakMap<z.ZodType, z.ZodType>();
function shellOf(schema: z.ZodType): z.ZodType {
  let shell = shells.get(schema);
  if (!shell) {
    shell = (schema as z.ZodArray).clone({ ...(schema as z.ZodArray)._zod.def, element: z.unknown() });
    shells.set(schema, shell);
  }
  return shell;
}

class Walk {
  private readonly keys: Key[] = [];
  private lastReport = 0;

  constructor(
    private readonly collector: ProblemCollector,
    private readonly onProgress?: (progress: WalkProgress) => void,
  ) {}

  /** zod's issues for `schema` at the current place, reported; the parsed value, or FAIL. */
  private leaf(schema: z.ZodType, value: unknown): unknown {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.collector.add(formatKeys([...this.keys, ...issue.path]), issue.message);
    return FAIL;
  }

  run(schema: z.ZodType, value: unknown): unknown {
    const def = defOf(schema);
    switch (def.type) {
      case 'optional':
        return value === undefined ? undefined : this.run(def.innerType!, value);
      case 'nullable':
        return value === null ? null : this.run(def.innerType!, value);
      case 'default': {
        if (value === undefined) return def.defaultValue;
        const inner = this.run(def.innerType!, value);
        return inner === undefined ? def.defaultValue : inner;
      }
      case 'object':
        // A refinement looks at the whole object: zod checks those (small) objects itself.
        if (!isObject(value) || def.catchall || (def.checks?.length ?? 0) > 0) return this.leaf(schema, value);
        return this.object(def.shape!, value);
      case 'array':
        if (!Array.isArray(value)) return this.leaf(schema, value);
        return this.array(schema, def.element!, value);
      default:
        return this.leaf(schema, value);
    }
  }

  private object(shape: Record<string, z.ZodType>, input: Record<string, unknown>): unknown {
    const out: Record<string, unknown> = {};
    let failed = false;
    for (const key of Object.keys(shape)) {
      if (key === '__proto__') continue;
      const field = shape[key]!;
      const { optin, optout } = field._zod;
      this.keys.push(key);
      try {
        if (key in input) {
          const value = this.run(field, input[key]);
          if (value === FAIL) failed = true;
          else out[key] = value;
        } else if (!(optin === 'optional' && optout === 'optional')) {
          // An absent key, as zod's object treats it.
          const result = field.safeParse(undefined);
          if (!result.success) {
            if (!(optin !== undefined && optout === 'optional')) {
              for (const issue of result.error.issues) this.collector.add(formatKeys([...this.keys, ...issue.path]), issue.message);
              failed = true;
            }
          } else if (optin === undefined) {
            this.collector.add(formatKeys(this.keys), 'Invalid input: expected nonoptional, received undefined');
            failed = true;
          } else if (result.data !== undefined || optout !== 'optional') {
            out[key] = result.data;
          }
        }
      } finally {
        this.keys.pop();
      }
    }
    return failed ? FAIL : out;
  }

  private array(schema: z.ZodType, element: z.ZodType, input: unknown[]): unknown {
    // The list's own checks: a list over its maximum is that one problem (zod does not look at its items then).
    const shell = shellOf(schema).safeParse(input);
    const listIssues = shell.success ? [] : shell.error.issues;
    if (listIssues.some((issue) => issue.code === 'too_big')) return this.leaf(schema, input);

    const topLevel = this.keys.length === 1;
    const section = String(this.keys[0] ?? '');
    const out: unknown[] = new Array(input.length);
    let failed = false;
    for (let i = 0; i < input.length; i++) {
      if (topLevel && this.onProgress && (i & 1023) === 0) this.progress(section, i, input.length);
      const item = input[i];
      // Most items are fine: zod parses them whole at its own speed. Only an item that fails is walked.
      let parsed: { success: true; data: unknown } | { success: false } | null = null;
      try {
        parsed = element.safeParse(item);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
      }
      if (parsed?.success) {
        out[i] = parsed.data;
        continue;
      }
      this.keys.push(i);
      try {
        const value = this.run(element, item);
        if (value === FAIL) failed = true;
        else out[i] = value;
      } finally {
        this.keys.pop();
      }
    }
    if (topLevel && this.onProgress) this.progress(section, input.length, input.length);
    for (const issue of listIssues) this.collector.add(formatKeys([...this.keys, ...issue.path]), issue.message);
    return failed || listIssues.length > 0 ? FAIL : out;
  }

  private progress(section: string, done: number, total: number) {
    const now = Date.now();
    if (done !== 0 && done !== total && now - this.lastReport < 50) return;
    this.lastReport = now;
    this.onProgress?.({ section, done, total });
  }
}

export type BoundedResult<T> = { ok: true; data: T } | { ok: false };

/** Parses `value` with `schema`, reporting problems to `collector`. Never throws for any input. */
export function boundedParse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  collector: ProblemCollector,
  onProgress?: (progress: WalkProgress) => void,
): BoundedResult<z.output<S>> {
  try {
    const data = new Walk(collector, onProgress).run(schema, value);
    return data === FAIL ? { ok: false } : { ok: true, data: data as z.output<S> };
  } catch (error) {
    if (error === STOP) return { ok: false };
    throw error;
  }
}
