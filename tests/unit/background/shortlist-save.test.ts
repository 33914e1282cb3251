// Saving a tab's posting to the shortlist from the background (the badge and the popup both ask
// here): the snapshot comes from the tab's record, the user's catalogue and "held" apply, and a
// posting the tab no longer has is refused with a message.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setSavedFromTab } from '../../../src/background/shortlist-save';
import { updateTabState } from '../../../src/background/tab-store';
import type { TabState } from '../../../src/messaging/protocol';
import { updateUserCatalogue } from '../../../src/training/user-catalogue-store';
import { emptyUserCatalogue } from '../../../src/training/user-catalogue';
import { loadShortlist } from '../../../src/shortlist/store';
import { managementVerdict } from '../popup/verdict-fixtures';
import { namingPosting } from '../shortlist/jobs';

const url = 'https://riverbend.wd1.myworkdayjobs.com/en-US/Careers/job/Springfield/Director_R-1';
const state: TabState = {
  url,
  siteId: 'workday',
  postings: [{ jobId: 'R-1', kind: 'detail', posting: namingPosting, verdict: { ...managementVerdict, scope: 'organisation' } as typeof managementVerdict }],
  detailJobId: 'R-1',
  updatedAt: 1,
};

beforeEach(async () => {
  fakeBrowser.reset();
  await updateTabState(7, () => state);
});

describe('setSavedFromTab', () => {
  it('saves the posting with its board, link, scope and training, and takes it off again', async () => {
    expect(await setSavedFromTab({ tabId: 7, jobId: 'R-1', saved: true }, new Date('2026-12-02T00:00:00Z'))).toEqual({ ok: true });
    const [job] = (await loadShortlist()).jobs;
    expect(job).toMatchObject({
      key: 'workday@riverbend.wd1.myworkdayjobs.com#R-1',
      board: 'workday',
      boardName: 'Workday',
      link: url,
      scope: 'organisation',
      title: namingPosting.title,
      savedAt: '2026-12-02T00:00:00.000Z',
    });
    expect(job!.training.map((t) => t.id)).toContain('fache');
    expect(await setSavedFromTab({ tabId: 7, jobId: 'R-1', saved: false })).toEqual({ ok: true });
    expect((await loadShortlist()).jobs).toEqual([]);
  });

  it('uses the card link the page gave, and skips training the user holds', async () => {
    await updateUserCatalogue(() => ({ ...emptyUserCatalogue(), held: ['FACHE'] }));
    await setSavedFromTab({ tabId: 7, jobId: 'R-1', saved: true, link: 'https://riverbend.wd1.myworkdayjobs.com/job/R-1' });
    const [job] = (await loadShortlist()).jobs;
    expect(job!.link).toBe('https://riverbend.wd1.myworkdayjobs.com/job/R-1');
    expect(job!.training.map((t) => t.id)).not.toContain('fache');
  });

  it('refuses a posting the tab does not have, with a message', async () => {
    const outcome = await setSavedFromTab({ tabId: 7, jobId: 'nope', saved: true });
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/no longer has this posting/) });
    expect(await setSavedFromTab({ tabId: 99, jobId: 'R-1', saved: true })).toMatchObject({ ok: false });
  });
});
