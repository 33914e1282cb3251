// The building blocks every RoleLens schema uses, with messages a user can act on ("must be
// between 0 and 3, got 42"), so a notice or an import error reads the same wherever it comes from.
import * as v from 'valibot';
import { describe, isRecord } from './check';

export const numberBetween = (min: number, max: number) =>
  v.pipe(
    v.number((i) => `must be a number, got ${describe(i.input)}`),
    v.finite((i) => `must be a number, got ${describe(i.input)}`),
    v.minValue(min, (i) => `must be between ${min} and ${max}, got ${describe(i.input)}`),
    v.maxValue(max, (i) => `must be between ${min} and ${max}, got ${describe(i.input)}`),
  );

export const oneOf = <const T extends string>(values: readonly T[]) =>
  v.picklist(values, (i) => `must be one of ${values.map((x) => `"${x}"`).join(', ')}, got ${describe(i.input)}`);

export const text = (maxLength = 2000) =>
  v.pipe(
    v.string((i) => `must be text, got ${describe(i.input)}`),
    v.maxLength(maxLength, (i) => `must be at most ${maxLength} characters, got ${(i.input as string).length}`),
  );

export const flag = () => v.boolean((i) => `must be true or false, got ${describe(i.input)}`);

export const list = <TItem extends v.GenericSchema>(item: TItem) => v.array(item, (i) => `must be a list, got ${describe(i.input)}`);

export const objectOf = <TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.object(entries, (i) => `must be an object, got ${describe(i.input)}`);

/** A key that must be one of `known` (an import naming what this version does not have), or any text. */
export const idKey = (known: readonly string[] | undefined, what: string) =>
  known ? v.custom<string>((k) => typeof k === 'string' && known.includes(k), () => `is not a ${what} RoleLens knows`) : v.string();

/** A map keyed by ids the user or a file chose: read back without a prototype, so no key ("toString") finds an inherited value. */
export const keyedMap = <TKey extends v.GenericSchema<string, string>, TValue extends v.GenericSchema>(key: TKey, value: TValue) =>
  v.pipe(
    // A record schema alone takes a list for a map of its indexes.
    v.custom<Record<string, unknown>>(isRecord, (i) => `must be an object, got ${describe(i.input)}`),
    v.record(key, value),
    v.transform((map) => Object.assign(Object.create(null) as typeof map, map)),
  );
