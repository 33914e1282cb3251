// One policy for every value RoleLens reads from storage or a file, on top of valibot schemas:
// - checkKeepingValidParts: the value with every valid part kept. An invalid entry of a list or of
//   a keyed map (a weight, a cue, a correction, a training entry) is dropped; an invalid field of
//   a fixed object goes back to its schema default; a list over its length limit is cut. Each is
//   reported as an issue. Never "reset everything for one bad value".
// - checkStrictly: every problem at once, nothing dropped (an import: the user fixes the file).
// Keys that would reach an object's prototype ("__proto__", "constructor", "prototype") are
// reported by name in both, never silently skipped.
import * as v from 'valibot';

export interface ValidationIssue {
  /** Where in the value, e.g. "settings.classifier.weights.finance". */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** A value checked keeping its valid parts: what to use, and what was dropped or reset. */
export interface Checked<T> {
  value: T;
  /** One entry per part dropped or reset; empty when the value was valid as it stood. */
  issues: ValidationIssue[];
  /** True when nothing of the value could be kept (it is all defaults). */
  whole?: boolean;
}

type AnySchema = v.GenericSchema<unknown, unknown>;
type PathKey = string | number;

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe description of a bad value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

function joinPath(root: string, keys: readonly PathKey[]): string {
  return keys.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k), root);
}

/** A JSON copy of `raw` without reserved keys; each one found is reported. */
function withoutReservedKeys(raw: unknown, path: PathKey[], found: PathKey[][]): unknown {
  if (Array.isArray(raw)) return raw.map((item, i) => withoutReservedKeys(item, [...path, i], found));
  if (!isRecord(raw)) return raw;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (RESERVED_KEYS.has(key)) found.push([...path, key]);
    else copy[key] = withoutReservedKeys(raw[key], [...path, key], found);
  }
  return copy;
}

const reservedIssue = (root: string, keys: PathKey[]): ValidationIssue => ({
  path: joinPath(root, keys),
  message: `"${String(keys[keys.length - 1])}" is a reserved name, not a key RoleLens uses`,
});

const issueKeys = (issue: v.BaseIssue<unknown>): PathKey[] =>
  (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));

type Introspected = AnySchema & { wrapped?: AnySchema; pipe?: readonly { kind: string }[] };

/** The schema that gives a value its shape: past optional/nullable wrappers and, in a pipe, its last schema. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema as Introspected;
  for (;;) {
    if (s.wrapped) s = s.wrapped as Introspected;
    else if (s.pipe) {
      const shape = [...s.pipe].reverse().find((step) => step.kind === 'schema') as Introspected | undefined;
      if (!shape || shape === s) return s;
      s = shape;
    } else return s;
  }
}

/** What a key of a path names: a fixed field (optional or required), a keyed-map entry or a list item. */
type Step = 'optional field' | 'required field' | 'entry' | 'item' | 'unknown';

const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);

function stepsAlong(schema: AnySchema, keys: readonly PathKey[]): Step[] {
  const steps: Step[] = [];
  let current: AnySchema | null = schema;
  for (const key of keys) {
    const s: (AnySchema & { entries?: Record<string, AnySchema>; value?: AnySchema; item?: AnySchema }) | null = current ? unwrap(current) : null;
    if (s?.type === 'object' || s?.type === 'loose_object' || s?.type === 'strict_object') {
      const field: AnySchema | null = s.entries?.[String(key)] ?? null;
      steps.push(field && OPTIONAL.has(field.type) ? 'optional field' : 'required field');
      current = field;
    } else if (s?.type === 'record') {
      steps.push('entry');
      current = s.value ?? null;
    } else if (s?.type === 'array') {
      steps.push('item');
      current = s.item ?? null;
    } else {
      steps.push('unknown');
      current = null;
    }
  }
  return steps;
}

function parentOf(root: unknown, keys: readonly PathKey[]): unknown {
  let node = root;
  for (const key of keys) node = (node as Record<PathKey, unknown> | undefined)?.[key];
  return node;
}

/** Removes `keys` from the draft (list items are marked and removed afterwards, highest index first). */
function drop(draft: { root: unknown }, keys: readonly PathKey[], removals: Map<unknown[], Set<number>>): boolean {
  if (!keys.length) return false;
  const parent = parentOf(draft.root, keys.slice(0, -1));
  const last = keys[keys.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') {
    const marked = removals.get(parent) ?? new Set<number>();
    marked.add(last);
    removals.set(parent, marked);
    return true;
  }
  if (isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, String(last))) {
    delete parent[String(last)];
    return true;
  }
  return false;
}

/**
 * Mends the draft for one issue by dropping the smallest part that holds it and may go: an
 * optional field (its default returns), a keyed-map entry or a list item; a list over its
 * length limit is cut instead. False when nothing may go (the whole value is refused).
 */
function mend(schema: AnySchema, draft: { root: unknown }, issue: v.BaseIssue<unknown>, removals: Map<unknown[], Set<number>>): boolean {
  const keys = issueKeys(issue);
  const steps = stepsAlong(schema, keys);
  for (let i = steps.length - 1; i >= 0; i--) {
    const mayGo = steps[i] === 'optional field' || steps[i] === 'entry' || steps[i] === 'item';
    if (mayGo && drop(draft, keys.slice(0, i + 1), removals)) return true;
  }
  return false;
}

/**
 * The value with its valid parts kept (see the top of this file). `root` names the value in
 * issues ("settings"). `schema` must give every fixed field a default (v.optional(x, default)),
 * so that a dropped field comes back as its default.
 */
export function checkKeepingValidParts<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, root: string, defaults: () => T): Checked<T> {
  const reserved: PathKey[][] = [];
  const draft = { root: withoutReservedKeys(raw, [], reserved) };
  const issues = reserved.map((keys) => reservedIssue(root, keys));
  for (let round = 0; round < 20; round++) {
    const result = v.safeParse(schema, draft.root, { abortPipeEarly: true });
    if (result.success) return { value: result.output, issues };
    const removals = new Map<unknown[], Set<number>>();
    let mended = false;
    const tooLong: { list: unknown[]; max: number; issue: v.BaseIssue<unknown> }[] = [];
    for (const issue of result.issues) {
      const target = parentOf(draft.root, issueKeys(issue));
      // A list over its limit is cut, once its invalid items are gone (next round, if any are).
      if (issue.type === 'max_length' && Array.isArray(target) && typeof issue.requirement === 'number') {
        tooLong.push({ list: target, max: issue.requirement, issue });
        continue;
      }
      issues.push({ path: joinPath(root, issueKeys(issue)), message: issue.message });
      mended = mend(schema as AnySchema, draft, issue, removals) || mended;
    }
    for (const [list, indexes] of removals) [...indexes].sort((a, b) => b - a).forEach((i) => list.splice(i, 1));
    if (!mended) {
      for (const { list, max, issue } of tooLong) {
        issues.push({ path: joinPath(root, issueKeys(issue)), message: issue.message });
        list.length = max;
      }
      if (!tooLong.length) break;
    }
  }
  return { value: defaults(), issues, whole: true };
}

/** Every problem at once, or the parsed value; nothing is dropped. */
export function checkStrictly<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, root: string): Validated<T> {
  const reserved: PathKey[][] = [];
  const cleaned = withoutReservedKeys(raw, [], reserved);
  const issues = reserved.map((keys) => reservedIssue(root, keys));
  const result = v.safeParse(schema, cleaned, { abortPipeEarly: true });
  if (!result.success) issues.push(...result.issues.map((issue) => ({ path: joinPath(root, issueKeys(issue)), message: issue.message })));
  return issues.length || !result.success ? { ok: false, issues } : { ok: true, value: result.output };
}
