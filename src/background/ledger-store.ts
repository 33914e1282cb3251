// Where the ledger's entries and the tabs' records live: the browser session's storage area, in
// a byte budget. Chrome charges more than one byte per JSON character (2 to 3.6 were seen), so
// the budget is kept in bytes as the browser counts them (getBytesInUse), with a measured bytes-
// per-character ratio between measurements. Least recently used entries go first; a write the
// area refuses anyway (quota) evicts more and is tried again; if even that fails, the tab records
// say which postings were not kept and why, and the popup asks the page for them.
// Every write goes through one queue, so two batches never interleave their read-modify-writes.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { entryStorageKey, LEDGER_INDEX_KEY, tabRecordKey, type LedgerEntry, type LedgerIndex, type TabRecord } from '../shared/session-items';

/** The storage area as the store uses it (tests pass one with a quota of their own). */
export interface SessionArea {
  get(keys: readonly string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  /** Bytes the area holds in all, as the browser counts them; null where it cannot say. */
  bytesInUse(): Promise<number | null>;
}

/** storage.session through WXT's storage; bytes in use from the browser's own API where it has one. */
export const sessionArea: SessionArea = {
  async get(keys) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of await storage.getItems(keys.map((k) => `session:${k}` as const))) {
      if (value !== null && value !== undefined) out[key.replace(/^session:/, '')] = value;
    }
    return out;
  },
  async set(items) {
    await storage.setItems(Object.entries(items).map(([key, value]) => ({ key: `session:${key}` as const, value })));
  },
  async remove(keys) {
    if (keys.length) await storage.removeItems(keys.map((k) => `session:${k}` as const));
  },
  async bytesInUse() {
    // WXT's storage has no byte count; the browser's area does (Chrome, and Firefox where supported).
    const area = (browser.storage as unknown as { session?: { getBytesInUse?: (keys: null) => Promise<number> } }).session;
    try {
      return typeof area?.getBytesInUse === 'function' ? await area.getBytesInUse(null) : null;
    } catch {
      return null;
    }
  },
};

export interface StoreLimits {
  /** Bytes the ledger may use of the area (Chrome's storage.session holds 10 MB in all). */
  budgetBytes: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: StoreLimits = { budgetBytes: 6 * 1024 * 1024, maxEntries: 2000 };

/** What a commit kept: entries written, and those the area would not take even after eviction. */
export interface CommitResult {
  stored: string[];
  notKept: string[];
  evicted: string[];
}

const raw = (key: `session:${string}`): string => key.slice('session:'.length);
const INDEX = raw(LEDGER_INDEX_KEY);

export class LedgerStore {
  private readonly entries = new Map<string, LedgerEntry>();
  private readonly tabs = new Map<number, TabRecord | null>();
  /** Entry key → JSON characters, least recently used first (a Map keeps insertion order). */
  private index: Map<string, number> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Bytes the browser charges per JSON character, as last measured (until then: the worst seen). */
  private bytesPerChar = 3.6;
  /** What the area held (by our estimate) when it last refused a write: its real room, as far as we know. */
  private capacity = Infinity;

  constructor(
    private readonly area: SessionArea = sessionArea,
    private readonly limits: StoreLimits = DEFAULT_LIMITS,
  ) {}

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(task);
    this.queue = next;
    return next;
  }

  private async loadIndex(): Promise<Map<string, number>> {
    if (this.index) return this.index;
    const stored = (await this.area.get([INDEX]))[INDEX] as LedgerIndex | undefined;
    const index = new Map<string, number>();
    if (stored && Array.isArray(stored.keys) && Array.isArray(stored.chars)) stored.keys.forEach((k, i) => index.set(k, stored.chars[i] ?? 0));
    return (this.index ??= index);
  }

  /** The stored entries of these keys (from memory where known). */
  async entriesFor(keys: readonly string[]): Promise<Map<string, LedgerEntry>> {
    const found = new Map<string, LedgerEntry>();
    const missing = keys.filter((k) => !this.entries.has(k));
    if (missing.length) {
      const index = await this.loadIndex();
      const listed = [...new Set(missing)].filter((k) => index.has(k));
      if (listed.length) {
        const got = await this.area.get(listed.map((k) => raw(entryStorageKey(k))));
        for (const k of listed) {
          const entry = got[raw(entryStorageKey(k))] as LedgerEntry | undefined;
          if (entry) this.entries.set(k, entry);
        }
      }
    }
    for (const k of keys) {
      const entry = this.entries.get(k);
      if (entry) found.set(k, entry);
    }
    return found;
  }

  /** The records of these tabs (tabs without one are left out). */
  async tabRecords(tabIds: readonly number[]): Promise<Map<number, TabRecord>> {
    const missing = tabIds.filter((id) => !this.tabs.has(id));
    if (missing.length) {
      const got = await this.area.get(missing.map((id) => raw(tabRecordKey(id))));
      for (const id of missing) this.tabs.set(id, (got[raw(tabRecordKey(id))] as TabRecord | undefined) ?? null);
    }
    const found = new Map<number, TabRecord>();
    for (const id of tabIds) {
      const record = this.tabs.get(id);
      if (record) found.set(id, record);
    }
    return found;
  }

  /** Once the writes queued so far have landed (tests, and readers that must see them). */
  settled(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  /**
   * Writes entries and tab records in one storage call, after the queued ones. `tabs` maps a tab
   * to an update of its record (run in the queue, on the record as the writes before left it);
   * `used` are the keys a page just showed (the newest in the eviction order, with those written).
   */
  commit(
    entries: readonly { key: string; entry: LedgerEntry }[],
    tabs: ReadonlyMap<number, (previous: TabRecord | null) => TabRecord | null>,
    used: readonly string[] = [],
  ): Promise<CommitResult> {
    for (const { key, entry } of entries) this.entries.set(key, entry);
    return this.enqueue(async () => {
      const index = await this.loadIndex();
      for (const key of used) {
        const size = index.get(key);
        if (size === undefined) continue;
        index.delete(key);
        index.set(key, size);
      }
      const records = await this.tabRecords([...tabs.keys()]);
      const nextTabs = new Map<number, TabRecord>();
      for (const [tabId, update] of tabs) {
        const next = update(records.get(tabId) ?? null);
        if (next) nextTabs.set(tabId, next);
      }
      const sizes = entries.map(({ key, entry }) => [key, key.length + JSON.stringify(entry).length] as const);
      for (const [key, chars] of sizes) {
        index.delete(key);
        index.set(key, chars);
      }
      const fresh = new Set(sizes.map(([k]) => k));
      const evicted = this.evictTo(Math.min(this.limits.budgetBytes, this.capacity * 0.8), fresh);
      const result: CommitResult = { stored: [...fresh], notKept: [], evicted };
      const write = () => {
        const items: Record<string, unknown> = { [INDEX]: this.indexValue() };
        for (const { key, entry } of entries) if (index.has(key)) items[raw(entryStorageKey(key))] = entry;
        for (const [tabId, record] of nextTabs) items[raw(tabRecordKey(tabId))] = record;
        return this.area.set(items);
      };
      try {
        await write();
      } catch {
        // The area refused (quota, counted its own way, or shared with others): it holds less than
        // we thought. Remember that, make room (half of what we hold) and try once more.
        this.capacity = Math.min(this.capacity, this.estimate());
        result.evicted.push(...this.evictTo(Math.min(this.limits.budgetBytes, this.capacity) / 2, fresh));
        try {
          await write();
        } catch (error) {
          // Keep the tabs' records (small) and say what was not kept, so the popup can tell.
          for (const key of fresh) index.delete(key);
          result.notKept = [...fresh];
          result.stored = [];
          const reason = `the browser's storage for this session is full (${error instanceof Error ? error.message : String(error)})`;
          for (const [tabId, record] of nextTabs) nextTabs.set(tabId, { ...record, notKept: { jobs: fresh.size, reason, at: Date.now() } });
          await write().catch(() => undefined);
        }
      }
      for (const [tabId, record] of nextTabs) this.tabs.set(tabId, record);
      for (const [tabId] of tabs) if (!nextTabs.has(tabId)) this.tabs.delete(tabId);
      if (result.evicted.length) await this.area.remove(result.evicted.map((k) => raw(entryStorageKey(k)))).catch(() => undefined);
      await this.measure();
      return result;
    });
  }

  /** Bytes the entries take, by the last measured ratio. */
  private estimate(): number {
    let total = 0;
    for (const chars of this.index!.values()) total += chars;
    return total * this.bytesPerChar;
  }

  /** Drops least recently used entries (never those in `keep`) until the estimate fits `bytes`. */
  private evictTo(bytes: number, keep: ReadonlySet<string>): string[] {
    const index = this.index!;
    let total = 0;
    for (const chars of index.values()) total += chars;
    const evicted: string[] = [];
    for (const [key, chars] of index) {
      if (total * this.bytesPerChar <= bytes && index.size - evicted.length <= this.limits.maxEntries) break;
      if (keep.has(key)) continue;
      evicted.push(key);
      total -= chars;
    }
    for (const key of evicted) {
      index.delete(key);
      this.entries.delete(key);
    }
    return evicted;
  }

  /** Learns what the browser charges per character, from its own count of the whole area. */
  private async measure(): Promise<void> {
    const bytes = await this.area.bytesInUse();
    let chars = 0;
    for (const size of this.index!.values()) chars += size;
    if (bytes === null || chars < 10_000) return;
    this.bytesPerChar = Math.max(1, bytes / chars);
  }

  private indexValue(): LedgerIndex {
    const index = this.index!;
    return { keys: [...index.keys()], chars: [...index.values()] };
  }

  /** Forgets a closed tab's record. */
  removeTab(tabId: number): Promise<void> {
    return this.enqueue(async () => {
      this.tabs.set(tabId, null);
      await this.area.remove([raw(tabRecordKey(tabId))]);
    });
  }

  /** Tests: forget everything held in memory, as a restarted worker would. */
  forgetMemory(): void {
    this.entries.clear();
    this.tabs.clear();
    this.index = null;
  }
}
