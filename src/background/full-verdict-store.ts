// Full (detail) verdicts per job for the browser session, so that a card shows the full verdict
// once its posting has been read on any page load. In WXT storage's session area: the MV3 worker
// is stopped when idle, and the area is emptied when the browser closes. One key per job plus an
// index (order, sizes, and the classifier settings the verdicts were made with); every access
// goes through one queue, so two batches never interleave their read-modify-writes of the index.
import { storage } from '#imports';
import type { Posting, Verdict } from '../classifier/types';

export interface StoredFullVerdict {
  /** Where the job id is unique (see job-scope.ts). */
  scope: string;
  jobId: string;
  /** The full posting the verdict was made from (the popup quotes and offsets refer to it). */
  posting: Posting;
  verdict: Verdict;
  criterionNames?: Record<string, string>;
  at: number;
}

export interface FullVerdictIndex {
  /** Fingerprint of the effective classifier settings every stored verdict was made with. */
  settingsKey: string;
  /** [storage key, approximate size], oldest first. */
  entries: [string, number][];
}

export interface StoreLimits {
  maxEntries: number;
  /** Approximate JSON characters; storage.session holds 10 MB in all, and tab states share it. */
  maxChars: number;
}

export const DEFAULT_LIMITS: StoreLimits = { maxEntries: 2000, maxChars: 4_000_000 };

const INDEX_KEY = 'session:fullVerdictIndex';
type EntryKey = `session:fullVerdict:${string}`;

/** The scope is URI-encoded, so it holds no ':' and scope + job id map to one key only. */
export function entryKey(scope: string, jobId: string): EntryKey {
  return `session:fullVerdict:${encodeURIComponent(scope)}:${jobId}`;
}

/**
 * The index after adding entries (re-added ones move to the newest end): with other settings
 * everything older goes; then the oldest go until both limits hold. Pure.
 */
export function planIndex(
  previous: FullVerdictIndex | null,
  settingsKey: string,
  added: readonly [string, number][],
  limits: StoreLimits,
): { index: FullVerdictIndex; evicted: string[] } {
  const old = previous?.entries ?? [];
  const addedKeys = new Set(added.map(([k]) => k));
  const kept = previous?.settingsKey === settingsKey ? old.filter(([k]) => !addedKeys.has(k)) : [];
  const entries = [...kept, ...added];
  let chars = entries.reduce((sum, [, size]) => sum + size, 0);
  let drop = 0;
  while (drop < entries.length && (entries.length - drop > limits.maxEntries || chars > limits.maxChars)) {
    chars -= entries[drop]![1];
    drop += 1;
  }
  const survivors = entries.slice(drop);
  const alive = new Set(survivors.map(([k]) => k));
  const evicted = new Set([...old, ...entries].map(([k]) => k).filter((k) => !alive.has(k)));
  return { index: { settingsKey, entries: survivors }, evicted: [...evicted] };
}

let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.catch(() => undefined).then(task);
  queue = next;
  return next;
}

/**
 * Only this module, in the background, writes the index, so it is read from storage once per
 * worker start and then kept here (undefined = not read yet).
 */
let cachedIndex: FullVerdictIndex | null | undefined;

async function readIndex(): Promise<FullVerdictIndex | null> {
  if (cachedIndex === undefined) cachedIndex = await storage.getItem<FullVerdictIndex>(INDEX_KEY);
  return cachedIndex;
}

async function dropAll(): Promise<void> {
  const index = await storage.getItem<FullVerdictIndex>(INDEX_KEY).catch(() => cachedIndex ?? null);
  cachedIndex = undefined;
  const keys = [...(index?.entries.map(([k]) => k as EntryKey) ?? []), INDEX_KEY as EntryKey];
  await storage.removeItems(keys);
  cachedIndex = null;
}

/** Tests: forget the in-memory copy, as a restarted worker would. */
export function forgetCachedIndex(): void {
  cachedIndex = undefined;
}

/** Remembers full verdicts made with these settings (a store made with other settings is dropped). */
export function rememberFullVerdicts(
  settingsKey: string,
  verdicts: readonly StoredFullVerdict[],
  limits: StoreLimits = DEFAULT_LIMITS,
): Promise<void> {
  if (!verdicts.length) return enqueue(async () => undefined);
  return enqueue(async () => {
    const items = verdicts.map((v) => ({ key: entryKey(v.scope, v.jobId), value: v }));
    const added = items.map(({ key, value }): [string, number] => [key, JSON.stringify(value).length]);
    const { index, evicted } = planIndex(await readIndex(), settingsKey, added, limits);
    const listed = new Set(index.entries.map(([k]) => k));
    const written = items.filter(({ key }) => listed.has(key));
    try {
      // One storage.set: the entries and the index that lists them land together.
      await storage.setItems([...written, { key: INDEX_KEY, value: index }]);
      cachedIndex = index;
    } catch (error) {
      // Quota or a missing area: start over empty rather than keep an index that lies.
      await dropAll().catch(() => undefined);
      throw error;
    }
    if (evicted.length) await storage.removeItems(evicted as EntryKey[]);
  });
}

/** The stored full verdicts of these jobs, if they were made with these settings. */
export function lookupFullVerdicts(
  settingsKey: string,
  scope: string,
  jobIds: readonly string[],
): Promise<Map<string, StoredFullVerdict>> {
  return enqueue(async () => {
    const found = new Map<string, StoredFullVerdict>();
    if (!jobIds.length) return found;
    const index = await readIndex();
    if (!index || index.settingsKey !== settingsKey) return found;
    const listed = new Set(index.entries.map(([k]) => k));
    const keys = [...new Set(jobIds)].map((id) => entryKey(scope, id)).filter((k) => listed.has(k));
    if (!keys.length) return found;
    for (const { value } of await storage.getItems(keys)) {
      const v = value as StoredFullVerdict | null;
      if (v && v.scope === scope) found.set(v.jobId, v);
    }
    return found;
  });
}

/** Forgets every stored verdict (the classifier settings or corrections changed). */
export function clearFullVerdicts(): Promise<void> {
  return enqueue(dropAll);
}
