// A user's edits to a JSON value as a list of leaf changes, so that pending edits can be laid
// over a newer stored value (a change made in another tab) instead of replacing it. Objects are
// compared key by key; anything else (numbers, strings, lists) is a leaf replaced as a whole.

export const REMOVED = Symbol('removed');

export interface LeafEdit {
  path: readonly string[];
  value: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const own = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The leaf edits that turn `before` into `after` (REMOVED for a key that went away). */
export function diffJson(before: unknown, after: unknown, path: string[] = []): LeafEdit[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const edits: LeafEdit[] = [];
    for (const key of Object.keys(before)) {
      if (!own(after, key)) edits.push({ path: [...path, key], value: REMOVED });
    }
    for (const key of Object.keys(after)) {
      if (!own(before, key)) edits.push({ path: [...path, key], value: after[key] });
      else edits.push(...diffJson(before[key], after[key], [...path, key]));
    }
    return edits;
  }
  return sameJson(before, after) ? [] : [{ path, value: after }];
}

/** `base` with the edits applied in order; `base` itself is not changed. */
export function applyJsonEdits<T>(base: T, edits: Iterable<LeafEdit>): T {
  let root: unknown = structuredClone(base);
  for (const { path, value } of edits) {
    if (!path.length) {
      root = value === REMOVED ? undefined : structuredClone(value);
      continue;
    }
    if (!isPlainObject(root)) root = {};
    let node = root as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      if (!isPlainObject(node[key]) || !own(node, key)) Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
      node = node[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1]!;
    if (value === REMOVED) delete node[last];
    // defineProperty: a key such as "__proto__" stays a plain key, never the object's prototype.
    else Object.defineProperty(node, last, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
  }
  return root as T;
}

export const pathKey = (path: readonly string[]): string => JSON.stringify(path);
