// Saving a tab's posting to the shortlist from the background (the badge and the popup both ask
// here): the snapshot comes from the tab's record and the ledger's entry (here a lookup standing
// in for Ledger.tabPosting), the user's catalogue and "held" apply, and a posting the tab no
// longer has is refused with a message.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setSavedFromTab, type TabPostingLookup } from '../../../src/background/shortlist-save';
import type { TabPosting } from '../../../src/shared/protocol';
import type { TabRecord } from '../../../src/shared/session-items';
import { updateUserCatalogue } from '../../../src/training/user-catalogue-store';
import { emptyUserCatalogue } from '../../../src/training/user-catalogue';
import { loadShortlist } from '../../../src/shortlist/store';
import { managementVerdict } from '../popup/verdict-fixtures';
import { namingPosting } from '../shortlist/jobs';

const url = 'https://riverbend.wd1.myworkdayjobs.com/en-US/Careers/job/Springfield/Director_R-1';
const record: TabRecord = { url, siteId: 'workday', jobs: [{ jobId: 'R-1', key: 'k', detail: true }], detailJobId: 'R-1', updatedAt: 1 };
const posting: TabPosting = { jobId: 'R-1', kind: 'detail', posting: namingPosting, verdict: { ...managementVerdict, scope: 'organisation' } as typeof managementVerdict };
/** Tab 7 shows R-1; nothing else is known. */
const lookup: TabPostingLookup = async (tabId, jobId) => (tabId === 7 && jobId === 'R-1' ? { record, posting } : null);

beforeEach(async () => {
  fakeBrowser.reset();
});

describe('setSavedFromTab', () => {
  it('saves the posting with its board, link, scope and training, and takes it off again', async () => {
    expect(await setSavedFromTab({ tabId: 7, jobId: 'R-1', saved: true }, lookup, new Date('2026-12-02T00:00:00Z'))).toEqual({ ok: true });
    const [job] = (await loadShortlist()).jobs;
    expect(job).toMatchObject({
      key: 'workday@riverbend.wd1.myworkdayjobs.com/careers#R-1',
      board: 'workday',
      boardName: 'Workday',
      link: url,
      scope: 'organisation',
      title: namingPosting.title,
      savedAt: '2026-12-02T00:00:00.000Z',
    });
    expect(job!.training.map((t) => t.id)).toContain('fache');
    expect(await setSavedFromTab({ tabId: 7, jobId: 'R-1', saved: false }, lookup)).toEqual({ ok: true });
    expect((await loadShortlist()).jobs).toEqual([]);
  });

  it('uses the card link the page gave, and skips training the user holds', async () => {
    await updateUserCatalogue(() => ({ ...emptyUserCatalogue(), held: ['FACHE'] }));
    await setSavedFromTab({ tabId: 7, jobId: 'R-1', saved: true, link: 'https://riverbend.wd1.myworkdayjobs.com/job/R-1' }, lookup);
    const [job] = (await loadShortlist()).jobs;
    expect(job!.link).toBe('https://riverbend.wd1.myworkdayjobs.com/job/R-1');
    expect(job!.training.map((t) => t.id)).not.toContain('fache');
  });

  it('refuses a posting the tab does not have, with a message', async () => {
    const outcome = await setSavedFromTab({ tabId: 7, jobId: 'nope', saved: true }, lookup);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/no longer has this posting/) });
    expect(await setSavedFromTab({ tabId: 99, jobId: 'R-1', saved: true }, lookup)).toMatchObject({ ok: false });
  });
});
