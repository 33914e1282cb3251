// The shortlist in storage (WXT's fake browser): save, refresh, remove and undo, notes, the cap
// with its message, imports merged, a corrupt value set aside with a notice, and migrations.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHORTLIST_MAX } from '../../../src/shortlist/limits';
import { migrateShortlist, SHORTLIST_VERSION, shortlistItemMigrations } from '../../../src/shortlist/migrations';
import { administrationJob, managementJob } from './jobs';

/** Fresh modules, so the storage item runs its migrations against what is stored now. */
async function fresh() {
  vi.resetModules();
  return {
    store: await import('../../../src/shortlist/store'),
    notices: await import('../../../src/storage/notices'),
  };
}

const storedJobs = async () => ((await fakeBrowser.storage.local.get('shortlist')).shortlist as { jobs: { key: string; notes: string }[] }).jobs;

beforeEach(() => fakeBrowser.reset());

describe('shortlist storage', () => {
  it('is empty at first, without a notice', async () => {
    const { store, notices } = await fresh();
    expect(await store.loadShortlist()).toEqual({ jobs: [] });
    expect(await notices.noticesItem.load()).toEqual([]);
  });

  it('saves newest first; saving again refreshes the snapshot and keeps notes and date', async () => {
    const { store } = await fresh();
    const a = managementJob('A');
    expect(await store.saveJob(a)).toEqual({ ok: true });
    await store.saveJob(administrationJob('B'));
    expect((await storedJobs()).map((j) => j.key)).toEqual([administrationJob('B').key, a.key]);
    await store.setNotes(a.key, 'Call Dana on Monday');
    await store.saveJob({ ...a, confidence: 0.5, savedAt: '2026-12-24T00:00:00.000Z' });
    const [, again] = (await store.loadShortlist()).jobs;
    expect(again).toMatchObject({ key: a.key, confidence: 0.5, notes: 'Call Dana on Monday', savedAt: a.savedAt });
  });

  it('removes a job and undo puts it back where it was, notes included', async () => {
    const { store } = await fresh();
    for (const id of ['A', 'B', 'C']) await store.saveJob(managementJob(id));
    const before = (await store.loadShortlist()).jobs;
    await store.setNotes(before[1]!.key, 'second');
    const removed = (await store.loadShortlist()).jobs[1]!;
    await store.removeJob(removed.key);
    expect((await storedJobs()).map((j) => j.key)).toEqual([before[0]!.key, before[2]!.key]);
    await store.restoreJob(removed, 1);
    expect(await storedJobs()).toEqual((await store.loadShortlist()).jobs);
    expect((await storedJobs()).map((j) => [j.key, j.notes])).toEqual([
      [before[0]!.key, ''],
      [before[1]!.key, 'second'],
      [before[2]!.key, ''],
    ]);
  });

  it('refuses a note for a job that is gone, and clips long notes', async () => {
    const { store } = await fresh();
    expect(await store.setNotes('nope', 'x')).toEqual({ ok: false, message: 'That job is no longer on your shortlist.' });
    await store.saveJob(managementJob('A'));
    await store.setNotes(managementJob('A').key, 'y'.repeat(5000));
    expect((await storedJobs())[0]!.notes).toHaveLength(2000);
  });

  it(`stops at ${SHORTLIST_MAX} jobs with a clear message, and changes nothing`, async () => {
    const jobs = Array.from({ length: SHORTLIST_MAX }, (_, i) => managementJob(`M${i}`));
    await fakeBrowser.storage.local.set({ shortlist: { jobs }, shortlist$: { v: SHORTLIST_VERSION } });
    const { store } = await fresh();
    const outcome = await store.saveJob(administrationJob('one-more'));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/shortlist is full: it keeps at most 200 jobs\. Remove some/);
    expect(await storedJobs()).toHaveLength(SHORTLIST_MAX);
    // Refreshing a job already saved still works when full.
    expect(await store.saveJob({ ...jobs[5]!, confidence: 0.1 })).toEqual({ ok: true });
  });

  it('merges an import: same jobs replaced, new ones added, and refuses one that would pass the cap', async () => {
    const { store } = await fresh();
    await store.saveJob(managementJob('A'));
    const outcome = await store.importJobs([{ ...managementJob('A'), notes: 'imported' }, administrationJob('B')]);
    expect(outcome).toEqual({ ok: true, added: 1, replaced: 1 });
    expect((await storedJobs()).map((j) => j.notes)).toEqual(['', 'imported']);
    const many = Array.from({ length: SHORTLIST_MAX }, (_, i) => managementJob(`X${i}`));
    const refused = await store.importJobs(many);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/would make 202 saved jobs; .* at most 200\. .*Nothing was changed/);
    expect(await storedJobs()).toHaveLength(2);
  });

  it('sets a corrupt stored shortlist aside under a backup key, with a notice, and starts empty', async () => {
    const corrupt = { jobs: [{ title: 42 }] };
    await fakeBrowser.storage.local.set({ shortlist: corrupt, shortlist$: { v: SHORTLIST_VERSION } });
    const { store, notices } = await fresh();
    expect(await store.loadShortlist()).toEqual({ jobs: [] });
    const [notice] = await notices.noticesItem.load();
    expect(notice?.message).toMatch(/stored shortlist could not be read/);
    expect(store.isShortlistBackupKey(notice?.backupKey)).toBe(true);
    const backupKey = notice!.backupKey!.replace(/^local:/, '');
    expect((await fakeBrowser.storage.local.get(backupKey))[backupKey]).toEqual(corrupt);
  });

  it('two changes at once both land (writes are queued)', async () => {
    const { store } = await fresh();
    await store.saveJob(managementJob('A'));
    await Promise.all([store.saveJob(administrationJob('B')), store.setNotes(managementJob('A').key, 'kept')]);
    expect((await storedJobs()).map((j) => j.notes).sort()).toEqual(['', 'kept']);
  });
});

describe('shortlist migrations', () => {
  const step = { from: 1, why: 'test: notes became a list', up: (old: unknown) => ({ ...(old as object), migrated: true }) };

  it('walks the steps from an old version and refuses a newer one with a message', () => {
    expect(migrateShortlist({ jobs: [] }, 1, [step], 2)).toEqual({ jobs: [], migrated: true });
    expect(migrateShortlist({ jobs: [] }, 2, [step], 2)).toEqual({ jobs: [] });
    expect(() => migrateShortlist({ jobs: [] }, 3, [step], 2)).toThrow(/newer RoleLens \(version 3; this one reads up to 2\)/);
    expect(() => migrateShortlist({ jobs: [] }, 0)).toThrow(/Unknown shortlist version/);
    expect(shortlistItemMigrations([step])[2]).toBe(step.up);
  });

  it('a stored value of an older version is migrated by the storage item', async () => {
    vi.resetModules();
    vi.doMock('../../../src/shortlist/migrations', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../src/shortlist/migrations')>();
      const steps = [{ from: 1, why: 'test', up: (old: unknown) => ({ jobs: ((old as { saved: unknown[] }).saved ?? []) }) }];
      return { ...real, SHORTLIST_VERSION: 2, shortlistMigrationSteps: steps, shortlistItemMigrations: () => real.shortlistItemMigrations(steps) };
    });
    await fakeBrowser.storage.local.set({ shortlist: { saved: [managementJob('A')] }, shortlist$: { v: 1 } });
    const store = await import('../../../src/shortlist/store');
    expect((await store.loadShortlist()).jobs.map((j) => j.jobId)).toEqual(['A']);
    expect((await fakeBrowser.storage.local.get('shortlist$')).shortlist$).toEqual({ v: 2 });
    vi.doUnmock('../../../src/shortlist/migrations');
  });
});
