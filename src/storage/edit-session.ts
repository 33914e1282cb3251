// What an editing page (options, the popup's filter) keeps between the user's edits and storage.
// Edits are kept as leaf changes until a save has stored them; each save is a read-modify-write
// under the item's lock that lays the pending edits over what storage holds now. A change event
// leads to a fresh read: if the stored revision is the one this page last wrote or read, it is
// an echo (or a late event) and ignored; otherwise it is a change made elsewhere, adopted with the
// pending edits laid over it. So no echo undoes a later edit, and no outside change is dropped.
import { applyJsonEdits, diffJson, pathKey, type LeafEdit } from './json-edits';
import type { Revisioned, StoredItem } from './stored-item';

export type SaveStatus =
  | { state: 'loading' }
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'error'; message: string };

export interface EditSessionOptions<T> {
  /** How long edits are gathered before one save (a slider sends many). */
  delayMs: number;
  /** Called with what the page should show and the save status, after every change of either. */
  onUpdate: (value: T, status: SaveStatus) => void;
}

export class EditSession<T> {
  private base: Revisioned<T> | null = null;
  /** Edits not yet known to be stored, by path, in the order made. */
  private readonly pending = new Map<string, LeafEdit>();
  private current: T;
  private status: SaveStatus = { state: 'loading' };
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Reads and saves run one at a time, in order. */
  private queue: Promise<void> = Promise.resolve();
  private stopWatching: (() => void) | null = null;
  private stopped = false;

  constructor(
    private readonly item: StoredItem<T>,
    private readonly options: EditSessionOptions<T>,
  ) {
    this.current = item.defaults();
  }

  get value(): T {
    return this.current;
  }

  start(): void {
    this.stopWatching = this.item.onChange(() => this.enqueue(() => this.refresh()));
    this.enqueue(() => this.refresh());
  }

  stop(): void {
    this.stopped = true;
    this.stopWatching?.();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Applies an edit to what the page shows now and schedules a save. */
  edit(change: (current: T) => T): void {
    const next = change(this.current);
    for (const edit of diffJson(this.current, next)) {
      const key = pathKey(edit.path);
      // An edit replaces earlier ones at or under its path.
      for (const [k, e] of this.pending) if (k === key || isUnder(e.path, edit.path)) this.pending.delete(k);
      this.pending.set(key, edit);
    }
    this.current = next;
    if (this.pending.size) this.setStatus({ state: 'saving' });
    else this.publish();
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.enqueue(() => this.save());
    }, this.options.delayMs);
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => this.setStatus({ state: 'error', message: messageOf(error) }));
  }

  /** Takes what storage holds now; an echo of what we know changes nothing. */
  private async refresh(): Promise<void> {
    if (this.stopped) return;
    const stored = await this.item.read();
    // The stamp we last wrote or read, on the value we know: an echo, or an event that came late.
    // (A write that bypassed the stamp changes the value under the same stamp: that is news.)
    if (this.base && stored.rev === this.base.rev && JSON.stringify(stored.value) === JSON.stringify(this.base.value)) return;
    this.base = stored;
    this.current = applyJsonEdits(stored.value, this.pending.values());
    if (this.status.state === 'loading') this.status = this.pending.size ? { state: 'saving' } : { state: 'saved' };
    this.publish();
  }

  private async save(): Promise<void> {
    if (this.stopped || !this.pending.size) return;
    const sent = new Map(this.pending);
    const written = await this.item.update((stored) => applyJsonEdits(stored.value, sent.values()));
    this.base = written;
    // Edits made while the save ran stay pending (and get a save of their own).
    for (const [key, edit] of sent) if (this.pending.get(key) === edit) this.pending.delete(key);
    this.current = applyJsonEdits(written.value, this.pending.values());
    this.setStatus(this.pending.size ? { state: 'saving' } : { state: 'saved' });
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.publish();
  }

  private publish(): void {
    if (!this.stopped) this.options.onUpdate(this.current, this.status);
  }
}

function isUnder(path: readonly string[], prefix: readonly string[]): boolean {
  return path.length > prefix.length && prefix.every((k, i) => path[i] === k);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
