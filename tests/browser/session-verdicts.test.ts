// A card is tagged from its title until its posting has been read in full; after that, on any
// page load of the browser session, the card shows the full verdict (kept in the background's
// session store). Real Chromium, our Greenhouse fixture pages at their real addresses.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, repoRoot, type ExtensionHarness } from './harness';
import { waitForBadges, type BadgeInfo } from './harness/badges';
import { readTabView } from './harness/tab-view';

const fixture = (file: string) => ({ file: path.join(repoRoot, 'tests/fixtures', file) });
const BOARD = 'https://boards.greenhouse.io/harborviewclinics';
const JOB_ID = '7100000001';
const JOB = `https://job-boards.greenhouse.io/harborviewclinics/jobs/${JOB_ID}`;

const byJob = (badges: BadgeInfo[], jobId: string) => badges.find((b) => b.jobId === jobId);

describe('full verdicts across page loads in Chromium', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a list card shows the full verdict after its posting was opened in another page load', async () => {
    const list = await ext.servePage(BOARD, fixture('greenhouse-board.html'));
    const first = await waitForBadges(list, { until: (b) => b.length === 3 && b.every((x) => x.label) });
    const provisional = byJob(first, JOB_ID);
    expect(provisional?.mode).toBe('title');
    expect(provisional?.accessibleName).toContain('from the title only');

    const job = await ext.servePage(JOB, fixture('greenhouse-job.html'));
    const read = byJob(await waitForBadges(job, { until: (b) => byJob(b, JOB_ID)?.mode === 'full' }), JOB_ID);
    expect(read?.mode).toBe('full');
    await job.close();

    await list.reload({ waitUntil: 'domcontentloaded' });
    const after = await waitForBadges(list, { until: (b) => b.length === 3 && b.every((x) => x.label) });
    const card = byJob(after, JOB_ID);
    expect(card).toMatchObject({ place: 'card', mode: 'full', label: read?.label });
    expect(card?.accessibleName).not.toContain('from the title only');
    // The other cards were never read in full: still provisional.
    expect(after.filter((b) => b.jobId !== JOB_ID).map((b) => b.mode)).toEqual(['title', 'title']);

    // The popup's record of the tab says the same, marked as read on an earlier page load.
    const tabId = await ext.tabIdFor(list);
    const state = (await readTabView(ext, tabId))!;
    expect(state.postings.find((p) => p.jobId === JOB_ID)).toMatchObject({ kind: 'card', verdict: { mode: 'full' }, readInFullEarlier: true });
    expect(ext.blockedRequests).toEqual([]);
    await list.close();
  });

  it('an open list tab gets the full verdict as soon as the job is read in another tab', async () => {
    const LEVER_JOB = '0c9e8d7f-1111-4a2b-9c3d-5e6f7a8b9c01';
    const list = await ext.servePage('https://jobs.lever.co/cedarpointhealth', fixture('lever-board.html'));
    const first = await waitForBadges(list, { until: (b) => b.length === 3 && b.every((x) => x.label) });
    expect(byJob(first, LEVER_JOB)?.mode).toBe('title');

    const job = await ext.servePage(`https://jobs.lever.co/cedarpointhealth/${LEVER_JOB}`, fixture('lever-posting.html'));
    const read = byJob(await waitForBadges(job, { until: (b) => byJob(b, LEVER_JOB)?.mode === 'full' }), LEVER_JOB);

    // No reload: the background pushed the verdict to the list tab.
    const after = await waitForBadges(list, { until: (b) => byJob(b, LEVER_JOB)?.mode === 'full' });
    expect(byJob(after, LEVER_JOB)).toMatchObject({ place: 'card', mode: 'full', label: read?.label });
    await job.close();
    await list.close();
  });

  it('a page restored from the back/forward cache reports itself again', async () => {
    const list = await ext.servePage(BOARD, fixture('greenhouse-board.html'));
    await waitForBadges(list, { until: (b) => b.length === 3 && b.every((x) => x.label) });
    const tabId = await ext.tabIdFor(list);
    const sw = await ext.serviceWorker();
    // As if the tab had moved on to another page meanwhile: its record is not this page's.
    await sw.evaluate((key) => (globalThis as unknown as { chrome: { storage: { session: { remove(k: string): Promise<void> } } } }).chrome.storage.session.remove(key), `tab:${tabId}`);
    await list.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect
      .poll(async () => (await readTabView(ext, tabId))?.postings.length ?? 0, { timeout: 10_000 })
      .toBe(3);
    await list.close();
  });
});
