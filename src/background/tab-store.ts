// Tab states in WXT storage's session area: an MV3 service worker is stopped whenever it idles,
// so nothing may live only in memory. Writes to one tab are queued so that two batches arriving
// together (a page and its iframe) never overwrite each other.
import { storage } from '#imports';
import type { TabState } from '../messaging/protocol';

type Key = `session:tabState:${number}`;
/** The storage key of one tab's state (the popup watches it). */
export const tabStateKey = (tabId: number): Key => `session:tabState:${tabId}`;

const queues = new Map<number, Promise<unknown>>();

export async function readTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(tabStateKey(tabId));
}

/** The stored states of these tabs (tabs without one are left out), in one storage read. */
export async function readTabStates(tabIds: readonly number[]): Promise<Map<number, TabState>> {
  const states = new Map<number, TabState>();
  if (!tabIds.length) return states;
  const idOf = new Map(tabIds.map((id) => [tabStateKey(id) as string, id]));
  for (const { key, value } of await storage.getItems([...idOf.keys()] as Key[])) {
    const id = idOf.get(key);
    if (id !== undefined && value) states.set(id, value as TabState);
  }
  return states;
}

/** Read-modify-write of one tab's state, serialised per tab; an update returning null writes nothing. */
export function updateTabState<T extends TabState | null>(tabId: number, update: (previous: TabState | null) => T): Promise<T> {
  const previousWrite = queues.get(tabId) ?? Promise.resolve();
  const next = previousWrite
    .catch(() => undefined)
    .then(async () => {
      const state = update(await readTabState(tabId));
      if (state) await storage.setItem(tabStateKey(tabId), state);
      return state;
    });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

/**
 * The tab's state once the writes queued for it so far have landed: the classify handler replies
 * before its write does, so the popup reads through here to never see a batch half-recorded.
 */
export async function readSettledTabState(tabId: number): Promise<TabState | null> {
  await queues.get(tabId)?.catch(() => undefined);
  return readTabState(tabId);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
}

/** Every tab id with stored state (for re-classifying after a settings change). */
export async function storedTabIds(): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.keys(all)
    .map((k) => /^tabState:(\d+)$/.exec(k)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
}
