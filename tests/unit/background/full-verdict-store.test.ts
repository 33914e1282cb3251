import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearFullVerdicts,
  entryKey,
  forgetCachedIndex,
  lookupFullVerdicts,
  planIndex,
  rememberFullVerdicts,
  type StoredFullVerdict,
} from '../../../src/background/full-verdict-store';
import { fakeVerdict } from '../content/fake-site';

const entry = (scope: string, jobId: string, description = 'Leads the unit.'): StoredFullVerdict => ({
  scope,
  jobId,
  posting: { title: `Job ${jobId}`, description },
  verdict: fakeVerdict('management', 'full'),
  at: 1,
});

const sessionKeys = async () => Object.keys(await fakeBrowser.storage.session.get(null)).sort();

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedIndex();
});

describe('planIndex', () => {
  const limits = { maxEntries: 3, maxChars: 100 };

  it('keeps the newest entries within the count limit; a re-added entry becomes the newest', () => {
    let plan = planIndex(null, 's', [['a', 1], ['b', 1], ['c', 1]], limits);
    plan = planIndex(plan.index, 's', [['a', 1], ['d', 1]], limits);
    expect(plan.index.entries.map(([k]) => k)).toEqual(['c', 'a', 'd']);
    expect(plan.evicted).toEqual(['b']);
  });

  it('drops the oldest until the size fits, and never keeps one entry larger than the budget', () => {
    let plan = planIndex(null, 's', [['a', 40], ['b', 40]], limits);
    plan = planIndex(plan.index, 's', [['c', 40]], limits);
    expect(plan.index.entries.map(([k]) => k)).toEqual(['b', 'c']);
    expect(plan.evicted).toEqual(['a']);
    plan = planIndex(plan.index, 's', [['huge', 500]], limits);
    expect(plan.index.entries).toEqual([]);
    expect(plan.evicted.sort()).toEqual(['b', 'c', 'huge']);
  });

  it('drops everything made with other settings', () => {
    const first = planIndex(null, 'old', [['a', 1], ['b', 1]], limits);
    const plan = planIndex(first.index, 'new', [['b', 1]], limits);
    expect(plan.index).toEqual({ settingsKey: 'new', entries: [['b', 1]] });
    expect(plan.evicted).toEqual(['a']);
  });
});

describe('full verdict store (session storage)', () => {
  it('finds a remembered verdict by scope and job id, also after the worker restarted', async () => {
    await rememberFullVerdicts('s1', [entry('greenhouse', '42')]);
    forgetCachedIndex();
    const found = await lookupFullVerdicts('s1', 'greenhouse', ['42', '43']);
    expect([...found.keys()]).toEqual(['42']);
    expect(found.get('42')?.posting.description).toBe('Leads the unit.');
  });

  it('keeps equal job ids of different scopes apart', async () => {
    await rememberFullVerdicts('s1', [entry('workday@a.example', 'R-1', 'A'), entry('workday@b.example', 'R-1', 'B')]);
    expect((await lookupFullVerdicts('s1', 'workday@a.example', ['R-1'])).get('R-1')?.posting.description).toBe('A');
    expect((await lookupFullVerdicts('s1', 'workday@b.example', ['R-1'])).get('R-1')?.posting.description).toBe('B');
    expect((await lookupFullVerdicts('s1', 'lever', ['R-1'])).size).toBe(0);
    expect(entryKey('a:b', 'c')).not.toBe(entryKey('a', 'b:c'));
  });

  it('finds nothing made with other settings, and drops those on the next write', async () => {
    await rememberFullVerdicts('old', [entry('lever', '1'), entry('lever', '2')]);
    expect((await lookupFullVerdicts('new', 'lever', ['1', '2'])).size).toBe(0);
    await rememberFullVerdicts('new', [entry('lever', '3')]);
    expect(await sessionKeys()).toEqual(['fullVerdict:lever:3', 'fullVerdictIndex']);
  });

  it('removes evicted entries from storage', async () => {
    const limits = { maxEntries: 2, maxChars: 1e6 };
    for (const id of ['1', '2', '3']) await rememberFullVerdicts('s', [entry('lever', id)], limits);
    expect(await sessionKeys()).toEqual(['fullVerdict:lever:2', 'fullVerdict:lever:3', 'fullVerdictIndex']);
    expect([...(await lookupFullVerdicts('s', 'lever', ['1', '2', '3'])).keys()].sort()).toEqual(['2', '3']);
  });

  it('serialises concurrent writes: no batch is lost', async () => {
    await Promise.all(['1', '2', '3', '4'].map((id) => rememberFullVerdicts('s', [entry('indeed', id)])));
    expect([...(await lookupFullVerdicts('s', 'indeed', ['1', '2', '3', '4'])).keys()].sort()).toEqual(['1', '2', '3', '4']);
  });

  it('clears everything', async () => {
    await rememberFullVerdicts('s', [entry('indeed', '1')]);
    await clearFullVerdicts();
    expect(await sessionKeys()).toEqual([]);
    expect((await lookupFullVerdicts('s', 'indeed', ['1'])).size).toBe(0);
  });

  it('starts over empty when a write fails (quota)', async () => {
    await rememberFullVerdicts('s', [entry('indeed', '1')]);
    const set = vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(rememberFullVerdicts('s', [entry('indeed', '2')])).rejects.toThrow(/quota/);
    set.mockRestore();
    expect(await sessionKeys()).toEqual([]);
    await rememberFullVerdicts('s', [entry('indeed', '3')]);
    expect([...(await lookupFullVerdicts('s', 'indeed', ['1', '2', '3'])).keys()]).toEqual(['3']);
  });
});
