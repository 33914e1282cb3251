// A card is tagged from its title until its posting has been read in full; after that, on any
// page load of the browser session, the card shows the full verdict (kept in the background's
// session store). Real Chromium, our Greenhouse fixture pages at their real addresses.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, repoRoot, type ExtensionHarness } from './harness';
import { waitForBadges, type BadgeInfo } from './harness/badges';

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
    const session = await ext.readStorage('session');
    const state = session[`tabState:${tabId}`] as { postings: { jobId: string; kind: string; verdict: { mode: string }; readInFullEarlier?: boolean }[] };
    expect(state.postings.find((p) => p.jobId === JOB_ID)).toMatchObject({ kind: 'card', verdict: { mode: 'full' }, readInFullEarlier: true });
    expect(ext.blockedRequests).toEqual([]);
    await list.close();
  });
});
