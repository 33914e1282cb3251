// Tab states in WXT storage's session area: an MV3 service worker is stopped whenever it idles,
// so nothing may live only in memory. Writes to one tab are queued so that two batches arriving
// together (a page and its iframe) never overwrite each other.
import { storage } from '#imports';
import type { TabState } from '../messaging/protocol';

type Key = `session:tabState:${number}`;
const keyFor = (tabId: number): Key => `session:tabState:${tabId}`;

const queues = new Map<number, Promise<unknown>>();

export async function readTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(keyFor(tabId));
}

/** Read-modify-write of one tab's state, serialised per tab. */
export function updateTabState(tabId: number, update: (previous: TabState | null) => TabState): Promise<TabState> {
  const previousWrite = queues.get(tabId) ?? Promise.resolve();
  const next = previousWrite
    .catch(() => undefined)
    .then(async () => {
      const state = update(await readTabState(tabId));
      await storage.setItem(keyFor(tabId), state);
      return state;
    });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(keyFor(tabId));
}

/** Every tab id with stored state (for re-classifying after a settings change). */
export async function storedTabIds(): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.keys(all)
    .map((k) => /^tabState:(\d+)$/.exec(k)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
}
