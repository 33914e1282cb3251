// The shortlist in storage.local: a stored item (src/storage/stored-item.ts) with its own version.
// A corrupt stored value is set aside under a backup key with a notice (the settings' rule). Every
// change is a small operation applied to the value as stored now, under the item's lock, so a save
// from a badge and a note typed on the shortlist page do not overwrite each other.
import { noticeOfRepair } from '../storage/notices';
import { defineStoredItem } from '../storage/stored-item';
import { SHORTLIST_STORAGE_KEY } from './key';
import { NOTE_MAX, SHORTLIST_MAX, shortlistFullMessage } from './limits';
import { SHORTLIST_VERSION, shortlistItemMigrations } from './migrations';
import { emptyShortlist, type SavedJob, type Shortlist } from './types';
import { checkShortlist } from './schema';

export const shortlistItem = defineStoredItem<Shortlist>({
  key: SHORTLIST_STORAGE_KEY,
  what: 'shortlist',
  defaults: emptyShortlist,
  check: checkShortlist,
  migrations: shortlistItemMigrations(),
  version: SHORTLIST_VERSION,
  notify: noticeOfRepair,
});

export type ShortlistOutcome = { ok: true } | { ok: false; message: string };

export function loadShortlist(): Promise<Shortlist> {
  return shortlistItem.load();
}

/** Calls back with the validated shortlist whenever any page or the background changes it. */
export function watchShortlist(callback: (shortlist: Shortlist) => void): () => void {
  return shortlistItem.watch(callback);
}

/**
 * Applies `change` to the stored shortlist and writes the result (read-modify-write under the
 * item's lock). A change returns the next shortlist, or a message saying why nothing was changed.
 */
async function update(change: (current: Shortlist) => Shortlist | string): Promise<ShortlistOutcome> {
  let refused: string | null = null;
  try {
    await shortlistItem.update(({ value }) => {
      const next = change(value);
      if (typeof next !== 'string') return next;
      refused = next;
      return value;
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return refused === null ? { ok: true } : { ok: false, message: refused };
}

/**
 * Saves a job, newest first. Saving a job already on the list refreshes its snapshot in place and
 * keeps the notes and the date it was first saved.
 */
export function saveJob(job: SavedJob): Promise<ShortlistOutcome> {
  return update((current) => {
    const at = current.jobs.findIndex((j) => j.key === job.key);
    if (at >= 0) {
      const jobs = [...current.jobs];
      jobs[at] = { ...job, notes: current.jobs[at]!.notes, savedAt: current.jobs[at]!.savedAt };
      return { jobs };
    }
    if (current.jobs.length >= SHORTLIST_MAX) return shortlistFullMessage();
    return { jobs: [job, ...current.jobs] };
  });
}

export function removeJob(key: string): Promise<ShortlistOutcome> {
  return update((current) => ({ jobs: current.jobs.filter((j) => j.key !== key) }));
}

/** Undo of a removal: the job goes back where it was (unless it was saved again meanwhile). */
export function restoreJob(job: SavedJob, index: number): Promise<ShortlistOutcome> {
  return update((current) => {
    if (current.jobs.some((j) => j.key === job.key)) return { jobs: current.jobs };
    if (current.jobs.length >= SHORTLIST_MAX) return shortlistFullMessage();
    const jobs = [...current.jobs];
    jobs.splice(Math.max(0, Math.min(index, jobs.length)), 0, job);
    return { jobs };
  });
}

export function setNotes(key: string, notes: string): Promise<ShortlistOutcome> {
  return update((current) => {
    if (!current.jobs.some((j) => j.key === key)) return 'That job is no longer on your shortlist.';
    return { jobs: current.jobs.map((j) => (j.key === key ? { ...j, notes: notes.slice(0, NOTE_MAX) } : j)) };
  });
}

/** Merges imported jobs: a job already saved is replaced by the imported one; new ones go first. */
export function importJobs(imported: readonly SavedJob[]): Promise<ShortlistOutcome & { added?: number; replaced?: number }> {
  let added = 0;
  let replaced = 0;
  return update((current) => {
    const incoming = new Map(imported.map((j) => [j.key, j]));
    const kept = current.jobs.map((j) => incoming.get(j.key) ?? j);
    replaced = current.jobs.filter((j) => incoming.has(j.key)).length;
    const existing = new Set(current.jobs.map((j) => j.key));
    const fresh = imported.filter((j) => !existing.has(j.key));
    added = fresh.length;
    const total = kept.length + fresh.length;
    if (total > SHORTLIST_MAX)
      return `Importing would make ${total} saved jobs; the shortlist keeps at most ${SHORTLIST_MAX}. Remove some first, or import a smaller file. Nothing was changed.`;
    return { jobs: [...fresh, ...kept] };
  }).then((outcome) => (outcome.ok ? { ...outcome, added, replaced } : outcome));
}

/** Storage keys of the shortlist's set-aside backups (for the page's notice). */
export function isShortlistBackupKey(key: string | undefined): boolean {
  return !!key && key.startsWith(`local:backup:${shortlistItem.key.replace(/^local:/, '')}:`);
}
