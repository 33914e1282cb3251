// An item RoleLens keeps for the user (settings, corrections, the catalogue overlay, notices),
// with one path for every reader and writer:
// - read: the value and its revision in one storage read, then validated; a value that fails is
//   repaired (what validation kept is written back, the original is backed up, a notice says
//   what was dropped). Content scripts use the checked value but leave the repair to the
//   extension's own pages and background, which share one lock.
// - update: read-modify-write under that lock; the new value is validated and written in the
//   same storage call as a fresh revision stamp (in WXT's meta key, beside the version).
// - watch: every change event leads to a fresh read, so an event that arrives late or out of
//   order never hands out an old value.
// - a read is one storage call (value and stamps together). Data of an older version is migrated
//   by WXT's storage.defineItem where this context may write (created on first need, so a page
//   that only reads never pays for it), and in memory, unwritten, in a content script.
// The revision, the lock and the repair are ours: WXT's item has no read-modify-write, and writes
// its value and its meta in separate calls.
import { storage } from '#imports';
import { DATA_VERSION } from './data-version';
import { exclusive } from './lock';
import { formatIssues, type Checked, type ValidationIssue } from '../schema/check';

export interface Revisioned<T> {
  value: T;
  /** Stamp of the write that stored this value; null before the first revisioned write. */
  rev: string | null;
}

/** What a repair did, for the notice the user sees. */
export interface Repair {
  what: string;
  backupKey: string;
  issues: ValidationIssue[];
  whole: boolean;
}

export interface StoredItemOptions<T> {
  key: `local:${string}`;
  /** What the user calls it, in notices: "settings", "corrections". */
  what: string;
  defaults: () => T;
  check: (raw: unknown) => Checked<T>;
  /** Versioned and migrated by these steps (target version → step). */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** The item's version when it has its own (the shortlist); else the user's data version (DATA_VERSION). */
  version?: number;
  /** Tells the user about a repair (notices.ts files them; the notices item records its own). */
  notify?: (repair: Repair) => Promise<void>;
}

export interface StoredItem<T> {
  readonly key: `local:${string}`;
  readonly what: string;
  defaults(): T;
  /** The item's validation: the value with its valid parts kept, and what was dropped. */
  check(raw: unknown): Checked<T>;
  /** The current value and revision, validated (and repaired where this context may write). */
  read(): Promise<Revisioned<T>>;
  load(): Promise<T>;
  /** Read-modify-write under the item's lock; throws (writing nothing) when the result is invalid. */
  update(change: (current: Revisioned<T>) => T): Promise<Revisioned<T>>;
  /**
   * Calls back with each new value (validated), in the order storage held them; with
   * `{ now: true }` first with the current value (in the same order, so never after a newer one).
   */
  watch(callback: (value: T) => void, options?: { now?: boolean }): () => void;
  /** Calls back (coalesced) whenever the item may have changed; read() says what it holds now. */
  onChange(listener: () => void): () => void;
  /** The storage entries that replace the value (validated, newly stamped); for replaceTogether. */
  stamped(value: T): { key: `local:${string}`; value: unknown }[];
}

/** A write refused by validation: names each problem. */
export class InvalidValueError extends Error {
  constructor(
    readonly what: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`Not saved: the ${what} would be invalid (${formatIssues(issues.slice(0, 3)).replace(/\n/g, '; ')})`);
  }
}

export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

let repairsHere = true;

/**
 * Content scripts call this at start: they read stored values (checked, valid parts kept) but
 * leave repairs to the extension's pages and background, which share the items' lock (Web Locks
 * are per origin, and a content script runs in the page's).
 */
export function leaveRepairsToExtensionPages(): void {
  repairsHere = false;
}

const mayRepair = (): boolean => repairsHere;

function backupKeyFor(key: string, at: number): `local:${string}` {
  return `local:backup:${key.replace(/^(local|sync|session|managed):/, '')}:${at}`;
}

const revisionOf = (meta: unknown): string | null => {
  const rev = (meta as { rev?: unknown } | null)?.rev;
  return typeof rev === 'string' ? rev : null;
};

export function defineStoredItem<T>(options: StoredItemOptions<T>): StoredItem<T> {
  const { key, what, defaults, check } = options;
  const metaKey = `${key}$` as const;
  const migrations = options.migrations;
  const version = options.version ?? DATA_VERSION;
  let migrated: Promise<unknown> | null = null;

  /** WXT migrates the stored value when its item is defined; done once, where this context may write. */
  const migrateStored = (): Promise<unknown> =>
    (migrated ??= storage.defineItem<T>(key, { fallback: defaults(), version, migrations }).getMeta());

  /** An older version's value brought up to date in memory only (a content script writes nothing). */
  function migrateInMemory(raw: unknown, from: number): unknown {
    let value = raw;
    for (let v = from + 1; v <= version; v++) value = migrations?.[v]?.(value) ?? value;
    return value;
  }

  async function readRaw(): Promise<{ raw: unknown; rev: string | null }> {
    const [value, meta] = await storage.getItems([key, metaKey]);
    const raw = value?.value ?? null;
    const stored = Number((meta?.value as { v?: unknown } | null)?.v ?? 1);
    if (!migrations || raw === null || !(stored < version)) return { raw, rev: revisionOf(meta?.value) };
    if (!mayRepair()) return { raw: migrateInMemory(raw, stored), rev: revisionOf(meta?.value) };
    await migrateStored();
    const [after, afterMeta] = await storage.getItems([key, metaKey]);
    return { raw: after?.value ?? null, rev: revisionOf(afterMeta?.value) };
  }

  const entries = (value: T, rev: string): { key: `local:${string}`; value: unknown }[] => [
    { key, value },
    { key: metaKey, value: migrations ? { v: version, rev } : { rev } },
  ];

  async function writeRaw(value: T, rev: string): Promise<void> {
    // One storage call: the value and its stamp land together, in one change event.
    await storage.setItems(entries(value, rev));
  }

  /** Repairs what `raw` holds; call inside the lock. Returns the repaired value and the repair done. */
  async function repairInside(raw: unknown, checked: Checked<T>): Promise<{ current: Revisioned<T>; repair: Repair | null }> {
    const again = await readRaw();
    if (JSON.stringify(again.raw) !== JSON.stringify(raw)) {
      // Changed meanwhile (another page repaired or saved it): judge what is there now.
      const recheck = again.raw == null ? { value: defaults(), issues: [] } : check(again.raw);
      if (!recheck.issues.length) return { current: { value: recheck.value, rev: again.rev }, repair: null };
      return repairInside(again.raw, recheck);
    }
    const backupKey = backupKeyFor(key, Date.now());
    await storage.setItem(backupKey, raw);
    const rev = newRevision();
    await writeRaw(checked.value, rev);
    return { current: { value: checked.value, rev }, repair: { what, backupKey, issues: checked.issues, whole: checked.whole === true } };
  }

  async function readChecked(inLock: boolean): Promise<{ current: Revisioned<T>; repair: Repair | null }> {
    const { raw, rev } = await readRaw();
    if (raw == null) return { current: { value: defaults(), rev }, repair: null };
    const checked = check(raw);
    if (!checked.issues.length || !mayRepair()) return { current: { value: checked.value, rev }, repair: null };
    return inLock ? repairInside(raw, checked) : exclusive(key, () => repairInside(raw, checked));
  }

  const tell = async (repair: Repair | null): Promise<void> => {
    if (repair) await options.notify?.(repair).catch(() => undefined);
  };

  const self: StoredItem<T> = {
    key,
    what,
    defaults,
    check,
    async read() {
      const { current, repair } = await readChecked(false);
      if (!repair) return current;
      await tell(repair);
      // The notice may have gone into this very item (the notices list): read what is there now.
      return (await readChecked(false)).current;
    },
    async load() {
      return (await self.read()).value;
    },
    async update(change) {
      let repair: Repair | null = null;
      const written = await exclusive(key, async () => {
        const read = await readChecked(true);
        repair = read.repair;
        const next = check(change(read.current));
        if (next.issues.length) throw new InvalidValueError(what, next.issues);
        const rev = newRevision();
        await writeRaw(next.value, rev);
        return { value: next.value, rev };
      });
      await tell(repair);
      return written;
    },
    watch(callback, watchOptions) {
      let last: string | null = null;
      let chain: Promise<void> = Promise.resolve();
      let stopped = false;
      const deliver = () => {
        chain = chain.then(async () => {
          const { value } = await self.read().catch(() => ({ value: defaults() }));
          const seen = JSON.stringify(value);
          if (seen === last || stopped) return;
          last = seen;
          callback(value);
        });
      };
      const stop = self.onChange(deliver);
      if (watchOptions?.now) deliver();
      return () => {
        stopped = true;
        stop();
      };
    },
    stamped(value) {
      const checked = check(value);
      if (checked.issues.length) throw new InvalidValueError(what, checked.issues);
      return entries(checked.value, newRevision());
    },
    onChange(listener) {
      // The value and its stamp change in one event: call back once for both.
      let pending = false;
      const trigger = () => {
        if (pending) return;
        pending = true;
        queueMicrotask(() => {
          pending = false;
          listener();
        });
      };
      const stops = [storage.watch(key, trigger), storage.watch(metaKey, trigger)];
      return () => stops.forEach((stop) => stop());
    },
  };
  return self;
}

/**
 * Replaces several items' values in one storage call (an import: all parts or none), each
 * validated and stamped, under every item's lock (taken in key order, so two callers never
 * wait on each other).
 */
export async function replaceTogether(pairs: readonly { item: StoredItem<unknown>; value: unknown }[]): Promise<void> {
  const writes = pairs.flatMap(({ item, value }) => item.stamped(value));
  const keys = [...new Set(pairs.map(({ item }) => item.key))].sort();
  const locked = keys.reduceRight<() => Promise<void>>(
    (inner, key) => () => exclusive(key, inner),
    () => storage.setItems(writes),
  );
  await locked();
}
