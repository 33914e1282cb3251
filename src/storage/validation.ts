// A tiny path-aware validator. Hand-written because the team rule is "no new packages" and
// we need only objects, numbers, strings, enums and arrays, each error naming where it is.

export interface ValidationIssue {
  /** Where in the value, e.g. "settings.classifier.weights.finance". */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** A stored value checked: what to use, and what had to be dropped or reset to get it. */
export interface Checked<T> {
  value: T;
  /** One entry per part dropped or reset; empty when the value was valid as it stood. */
  issues: ValidationIssue[];
  /** True when nothing of the value could be kept (it is all defaults). */
  whole?: boolean;
}

/** A validator's verdict as a Checked value: defaults in place of an invalid whole. */
export function checkedOrDefaults<T>(validated: Validated<T>, defaults: () => T): Checked<T> {
  return validated.ok ? { value: validated.value, issues: [] } : { value: defaults(), issues: validated.issues, whole: true };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues while a checker walks a value. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }

  record(value: unknown, path: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.add(path, `must be an object, got ${describe(value)}`);
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.add(path, `must be a list, got ${describe(value)}`);
    return undefined;
  }

  number(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(path, `must be a number, got ${describe(value)}`);
      return undefined;
    }
    if (value < min || value > max) {
      this.add(path, `must be between ${min} and ${max}, got ${value}`);
      return undefined;
    }
    return value;
  }

  string(value: unknown, path: string, maxLength = 2000): string | undefined {
    if (typeof value !== 'string') {
      this.add(path, `must be text, got ${describe(value)}`);
      return undefined;
    }
    if (value.length > maxLength) {
      this.add(path, `must be at most ${maxLength} characters, got ${value.length}`);
      return undefined;
    }
    return value;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    this.add(path, `must be true or false, got ${describe(value)}`);
    return undefined;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.add(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
    return undefined;
  }
}

/** A short, safe description of a bad value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
