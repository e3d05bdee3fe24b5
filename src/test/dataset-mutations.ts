/**
 * Structural mutations of a JSON document for property tests: delete a key, replace a value with one of the wrong
 * kind, duplicate or reorder array items, point an id elsewhere, add keys. Each mutation copies only the branch it
 * changes, so the original document is never touched and a run stays cheap.
 */
import fc from 'fast-check';

export type Key = string | number;
type Json = unknown;

/** Every path in the document, parents before children (the root itself excluded). */
export function allPaths(value: Json, prefix: Key[] = []): Key[][] {
  const out: Key[][] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...prefix, i], ...allPaths(item, [...prefix, i]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) out.push([...prefix, key], ...allPaths(child, [...prefix, key]));
  }
  return out;
}

/** Every distinct string in the document (ids, names, dates), to point a reference at another real value. */
export function allStrings(value: Json, into = new Set<string>()): string[] {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => allStrings(item, into));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((child) => allStrings(child, into));
  return [...into];
}

const isContainer = (v: Json): v is Record<string, Json> | Json[] => v !== null && typeof v === 'object';

function child(value: Json, key: Key): Json {
  return isContainer(value) ? (value as Record<Key, Json>)[key] : undefined;
}

/** The longest prefix of `path` that still exists in `root` (earlier mutations may have removed the rest). */
function existing(root: Json, path: readonly Key[]): Key[] {
  const out: Key[] = [];
  let node = root;
  for (const key of path) {
    if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, key)) break;
    out.push(key);
    node = child(node, key);
  }
  return out;
}

function get(root: Json, path: readonly Key[]): Json {
  return path.reduce<Json>((node, key) => child(node, key), root);
}

/** Returns a copy of `root` whose node at `path` is `change(node)`; `REMOVE` deletes it from its parent. */
export const REMOVE = Symbol('remove');
function update(root: Json, path: readonly Key[], change: (node: Json) => Json | typeof REMOVE): Json {
  if (path.length === 0) {
    const next = change(root);
    return next === REMOVE ? undefined : next;
  }
  const [key, ...rest] = path as [Key, ...Key[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    const next = rest.length === 0 ? change(copy[key as number]) : update(copy[key as number], rest, change);
    if (next === REMOVE) copy.splice(key as number, 1);
    else copy[key as number] = next;
    return copy;
  }
  const copy: Record<string, Json> = { ...(root as Record<string, Json>) };
  const next = rest.length === 0 ? change(copy[key]) : update(copy[key], rest, change);
  if (next === REMOVE) delete copy[key];
  else Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The nearest node at or above `path` that satisfies `test`, as a path. */
function nearest(root: Json, path: readonly Key[], test: (node: Json) => boolean): Key[] | null {
  for (let n = path.length; n >= 0; n--) {
    const at = path.slice(0, n);
    if (test(get(root, at))) return at;
  }
  return null;
}

const HUGE = 'x'.repeat(100_000);
/** A valid slug of 100 000 characters: it passes every pattern, so only the cross-references can catch it. */
const HUGE_SLUG = 'a'.repeat(100_000);

/** Values of the wrong kind, or of the right kind at the edges, that survive JSON.stringify. */
export const jsonJunk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, 0, -1, -0, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, true, false, '', ' ', '\u0000'),
  fc.constantFrom<Json>(HUGE, HUGE_SLUG, '<script>alert(1)</script>', '9999-99-99', '2025-02-30', 'KAZ', 'not-a-source'),
  fc.constantFrom<Json>([], {}, [null], { id: 'x' }, [[[[[]]]]], ['KAZ'], { lat: 'north' }),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

/** jsonJunk plus what only a JavaScript caller can pass: undefined, NaN, infinities, bigint, objects with no prototype. */
export const anyJunk: fc.Arbitrary<Json> = fc.oneof(
  jsonJunk,
  fc.constantFrom<Json>(undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 10n, Object.create(null), new Date(0)),
);

export type Mutation =
  | { op: 'delete'; path: Key[] }
  | { op: 'replace'; path: Key[]; value: Json }
  | { op: 'duplicate'; path: Key[]; index: number }
  | { op: 'reorder'; path: Key[]; shift: number }
  | { op: 'empty'; path: Key[] }
  | { op: 'retarget'; path: Key[]; to: string }
  | { op: 'addKey'; path: Key[]; key: string; value: Json };

/** Applies one mutation; a path that no longer exists is cut back to its deepest surviving part. */
export function mutate(root: Json, mutation: Mutation): Json {
  const path = existing(root, mutation.path);
  switch (mutation.op) {
    case 'delete':
      return update(root, path, () => REMOVE);
    case 'replace':
      return update(root, path, () => mutation.value);
    case 'empty': {
      const at = nearest(root, path, Array.isArray);
      return at ? update(root, at, () => []) : root;
    }
    case 'duplicate': {
      const at = nearest(root, path, (n) => Array.isArray(n) && n.length > 0);
      if (!at) return root;
      return update(root, at, (n) => {
        const items = n as Json[];
        const copy = [...items];
        copy.splice(mutation.index % (items.length + 1), 0, structuredClone(items[mutation.index % items.length]));
        return copy;
      });
    }
    case 'reorder': {
      const at = nearest(root, path, (n) => Array.isArray(n) && n.length > 1);
      if (!at) return root;
      return update(root, at, (n) => {
        const items = n as Json[];
        const s = mutation.shift % items.length;
        return mutation.shift % 2 === 0 ? [...items.slice(s), ...items.slice(0, s)] : [...items].reverse();
      });
    }
    case 'retarget': {
      const at = nearest(root, path, (n) => typeof n === 'string');
      return at ? update(root, at, () => mutation.to) : update(root, path, () => mutation.to);
    }
    case 'addKey': {
      const at = nearest(root, path, (n) => isContainer(n) && !Array.isArray(n));
      if (!at) return root;
      return update(root, at, (n) => {
        const copy = { ...(n as Record<string, Json>) };
        Object.defineProperty(copy, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
        return copy;
      });
    }
  }
}

/** Arbitrary mutations of a document whose paths and strings are given. */
export function mutationArb(paths: Key[][], strings: string[], junk: fc.Arbitrary<Json>): fc.Arbitrary<Mutation> {
  const path = fc.nat({ max: paths.length - 1 }).map((i) => paths[i]!);
  const otherString = fc.oneof(
    fc.constantFrom(...strings),
    fc.constantFrom(...strings).map((s) => `${s}-renamed`),
    fc.constantFrom(...strings).map((s) => s.toUpperCase()),
    fc.constant(HUGE_SLUG),
  );
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), path }),
    fc.record({ op: fc.constant('replace' as const), path, value: junk }),
    fc.record({ op: fc.constant('duplicate' as const), path, index: fc.nat() }),
    fc.record({ op: fc.constant('reorder' as const), path, shift: fc.nat() }),
    fc.record({ op: fc.constant('empty' as const), path }),
    fc.record({ op: fc.constant('retarget' as const), path, to: otherString }),
    fc.record({
      op: fc.constant('addKey' as const),
      path,
      key: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'extra', ''),
      value: junk,
    }),
  );
}

/**
 * One to `max` mutations of `original`; a path picked at random is a leaf nine times in ten, so half the mutations
 * aim at whole records and tables instead. Apply them with `applyAll` (the arbitrary holds the mutations, not the
 * document, so a counter-example prints as a short list).
 */
export function mutationsArb(original: Json, junk: fc.Arbitrary<Json>, max = 4): fc.Arbitrary<Mutation[]> {
  const paths = allPaths(original);
  const shallow = paths.filter((p) => p.length <= 2);
  const strings = allStrings(original);
  return fc.array(fc.oneof(mutationArb(paths, strings, junk), mutationArb(shallow, strings, junk)), { minLength: 1, maxLength: max });
}

export function applyAll(original: Json, mutations: readonly Mutation[]): Json {
  return mutations.reduce<Json>((doc, m) => mutate(doc, m), original);
}
