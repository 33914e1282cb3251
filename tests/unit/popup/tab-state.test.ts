// The popup's one way to a tab's state: the background's record and the entries it names; for
// what those lack, the page itself; and when neither has it, why (never "no posting").
import { describe, expect, it, vi } from 'vitest';
import { compactVerdict } from '../../../src/shared/compact-verdict';
import type { PagePostings } from '../../../src/shared/protocol';
import type { LedgerEntry, TabRecord } from '../../../src/shared/session-items';
import { readTabState } from '../../../src/ui/popup/tab-state';
import { fakeVerdict } from '../content/fake-site';

const entry = (jobId: string, kind: 'card' | 'detail' = 'card'): LedgerEntry => ({
  scope: 's',
  jobId,
  kind,
  posting: { title: `Manager ${jobId}` },
  verdict: compactVerdict(fakeVerdict('management', kind === 'card' ? 'title' : 'full'), { title: `Manager ${jobId}` }),
  signature: 'x',
  settings: 'y',
  rev: 1,
});

const record = (ids: string[], extra: Partial<TabRecord> = {}): TabRecord => ({
  url: 'https://b.example/list',
  siteId: 'b',
  jobs: ids.map((jobId) => ({ jobId, key: `k${jobId}` })),
  detailJobId: null,
  updatedAt: 1,
  scan: { outcome: 'postings', jobs: ids.length, url: 'https://b.example/list', at: 1 },
  ...extra,
});

const page = (ids: string[]): PagePostings => ({
  url: 'https://b.example/list',
  siteId: 'b',
  detailJobId: null,
  postings: ids.map((jobId) => ({ jobId, kind: 'card', posting: { title: `Manager ${jobId}` } })),
});

function sources(r: TabRecord | null, entries: LedgerEntry[], fromPage: PagePostings | null) {
  return {
    record: vi.fn(async () => r),
    entries: vi.fn(async (keys: string[]) => new Map(entries.filter((e) => keys.includes(`k${e.jobId}`)).map((e) => [`k${e.jobId}`, e]))),
    askPage: vi.fn(async () => fromPage),
    // The popup classifies what the page reported (here: administration, to tell them apart).
    classify: vi.fn(async () => fakeVerdict('administration', 'title')),
  };
}

describe('readTabState', () => {
  it('shows the record’s postings from the entries it names, without asking the page', async () => {
    const s = sources(record(['1', '2']), [entry('1'), entry('2')], null);
    const state = await readTabState(s);
    expect(state?.postings.map((p) => p.jobId)).toEqual(['1', '2']);
    expect(s.askPage).not.toHaveBeenCalled();
  });

  it('asks the page for entries that are not in storage, in the record’s order', async () => {
    const s = sources(record(['1', '2', '3']), [entry('2')], page(['1', '3']));
    const state = await readTabState(s);
    expect(state?.postings.map((p) => [p.jobId, p.verdict.label])).toEqual([
      ['1', 'administration'],
      ['2', 'management'],
      ['3', 'administration'],
    ]);
    expect(state?.unavailable).toBeUndefined();
  });

  it('says why when neither storage nor the page has them', async () => {
    const notKept = { jobs: 1, reason: 'the browser’s storage for this session is full', at: 1 };
    const state = await readTabState(sources(record(['1', '2'], { notKept }), [entry('1')], null));
    expect(state?.postings.map((p) => p.jobId)).toEqual(['1']);
    expect(state?.unavailable).toEqual({ count: 1, reason: notKept.reason });
  });

  it('with no record, shows what the page has, or nothing (not a page RoleLens reads)', async () => {
    expect((await readTabState(sources(null, [], page(['9']))))?.postings.map((p) => p.jobId)).toEqual(['9']);
    expect(await readTabState(sources(null, [], null))).toBeNull();
  });
});
