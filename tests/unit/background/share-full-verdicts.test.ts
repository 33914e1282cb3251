import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shareFullVerdicts } from '../../../src/background/share-full-verdicts';
import { readTabState, updateTabState } from '../../../src/background/tab-store';
import type { TabPosting, TabState } from '../../../src/messaging/protocol';
import { fakeVerdict } from '../content/fake-site';

const cardOf = (jobId: string): TabPosting => ({ jobId, kind: 'card', posting: { title: `Job ${jobId}` }, verdict: fakeVerdict('administration', 'title') });
const read: TabPosting = { jobId: '1', kind: 'detail', posting: { title: 'Job 1', description: 'Owns the budget.' }, verdict: fakeVerdict('management', 'full') };
const list = (siteId: string, url: string, postings: TabPosting[]): TabState => ({ url, siteId, postings, detailJobId: null, updatedAt: 1, pageId: 'p' });

/** @webext-core/messaging calls chrome.tabs.sendMessage with a callback: answer it. */
const answerMessages = () =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((...args: unknown[]) => {
    const reply = args.find((a) => typeof a === 'function') as ((r: unknown) => void) | undefined;
    reply?.({ res: undefined });
    return Promise.resolve(undefined);
  }) as never);

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('shareFullVerdicts', () => {
  it('gives open tabs of the same board the full verdict for their title-only card of the job', async () => {
    const [board, otherBoard, reader] = await Promise.all([1, 2, 3].map(() => fakeBrowser.tabs.create({})));
    await updateTabState(board!.id!, () => list('greenhouse', 'https://boards.greenhouse.io/a', [cardOf('1'), cardOf('2')]));
    await updateTabState(otherBoard!.id!, () => list('lever', 'https://jobs.lever.co/a', [cardOf('1')]));
    await updateTabState(reader!.id!, () => list('greenhouse', 'https://job-boards.greenhouse.io/a/jobs/1', [read]));
    const sent = answerMessages();

    await shareFullVerdicts('greenhouse', [read], reader!.id);

    const state = await readTabState(board!.id!);
    expect(state?.postings.map((p) => [p.jobId, p.kind, p.verdict.mode, p.readInFullEarlier ?? false])).toEqual([
      ['1', 'card', 'full', true],
      ['2', 'card', 'title', false],
    ]);
    expect(state?.pageId).toBe('p');
    expect((await readTabState(otherBoard!.id!))?.postings[0]?.verdict.mode).toBe('title');
    expect(sent.mock.calls.map((c) => [c[0], (c[1] as { type: string }).type])).toEqual([[board!.id, 'verdictsUpdated']]);
  });

  it('does nothing for title-only results or tabs that already show more', async () => {
    const tab = await fakeBrowser.tabs.create({});
    const shown: TabState = list('greenhouse', 'https://boards.greenhouse.io/a', [{ ...read, verdict: fakeVerdict('balanced', 'full') }]);
    await updateTabState(tab.id!, () => shown);
    const sent = answerMessages();
    await shareFullVerdicts('greenhouse', [cardOf('1')]);
    await shareFullVerdicts('greenhouse', [read]);
    expect(await readTabState(tab.id!)).toEqual(shown);
    expect(sent).not.toHaveBeenCalled();
  });
});
