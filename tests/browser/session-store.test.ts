// Issue 11 items 2 and 5 in real Chromium, with pages served at board addresses:
// - a 0.25 MB description is badged and explained by the popup (its stored verdict once took
//   8× the description, the write failed silently, and the popup said "No job posting");
// - with session storage filled up by something else, the popup still explains the page (it asks
//   the page) instead of saying there is no posting;
// - a page under another company's Greenhouse board that reuses a job id cannot set the verdict
//   the first company's card shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { waitForBadges } from './harness/badges';
import { greenhouseBoardPage, greenhouseJobPage, postings } from './harness/pages';
import { readTabView } from './harness/tab-view';

const manager = postings[0]!;

/** A long, plain posting: the management posting's paragraphs over and over, about `chars` long. */
function longPosting(id: string, chars: number) {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join(' ').length < chars; i++) paragraphs.push(`${manager.description[i % manager.description.length]} (${i})`);
  return { ...manager, id, description: paragraphs };
}

describe('session storage in Chromium', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a job page with a 0.25 MB description: badged, kept compact, and explained by the popup', async () => {
    const job = longPosting('9001', 250_000);
    const page = await ext.servePage(`https://job-boards.greenhouse.io/acme/jobs/${job.id}`, greenhouseJobPage(job));
    const [badge] = await waitForBadges(page, { until: (b) => b.length === 1 && b[0]?.mode === 'full', timeoutMs: 60_000 });
    const tabId = await ext.tabIdFor(page);
    await expect.poll(async () => (await readTabView(ext, tabId))?.postings.length ?? 0, { timeout: 30_000 }).toBe(1);
    const session = await ext.readStorage('session');
    const entryChars = Object.entries(session).filter(([k]) => k.startsWith('job:')).map(([, v]) => JSON.stringify(v).length);
    expect(Math.max(...entryChars)).toBeLessThan(150_000);
    const popup = await ext.openPopup(tabId);
    await popup.getByTestId('rl-label').waitFor();
    expect(await popup.getByTestId('rl-label').getAttribute('data-label')).toBe(badge!.label);
    expect(await popup.getByTestId('rl-quote').count()).toBeGreaterThan(0);
    expect(await popup.getByTestId('rl-unsupported').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('with session storage full of someone else’s data, the popup explains the page by asking it', async () => {
    const sw = await ext.serviceWorker();
    // Fill the area (10 MB in Chromium) with filler the ledger does not own and may not evict.
    const filled = await sw.evaluate(async () => {
      const session = (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session;
      // Big pieces first, then ever smaller ones, until not even 256 characters fit.
      let n = 0;
      for (let size = 256 * 1024; size >= 256; size /= 4) {
        for (;;) {
          try {
            await session.set({ [`filler:${n}`]: 'x'.repeat(size) });
            n++;
          } catch {
            break;
          }
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(5);
    const job = postings[1]!;
    const page = await ext.servePage(`https://job-boards.greenhouse.io/acme/jobs/${job.id}`, greenhouseJobPage(job));
    const [badge] = await waitForBadges(page, { until: (b) => b.length === 1 && b[0]?.mode === 'full' });
    const popup = await ext.openPopup(await ext.tabIdFor(page));
    await popup.getByTestId('rl-label').waitFor();
    expect(await popup.getByTestId('rl-label').getAttribute('data-label')).toBe(badge!.label);
    expect(await popup.getByText('No job posting recognised here').count()).toBe(0);
    await popup.close();
    await page.close();
    await sw.evaluate(async (n) => {
      const session = (globalThis as unknown as { chrome: { storage: { session: { remove(k: string[]): Promise<void> } } } }).chrome.storage.session;
      await session.remove(Array.from({ length: n }, (_, i) => `filler:${i}`));
    }, filled);
  });

  it('a job id reused under another company’s board does not set the verdict a company’s card shows (issue 11 item 5)', async () => {
    // The job id of the company's CEO card, used by a page under another company's board with another title.
    const id = '4242';
    const forged = { ...postings[1]!, id, title: 'Medical Receptionist' };
    const evil = await ext.servePage(`https://job-boards.greenhouse.io/evilco/jobs/${id}`, greenhouseJobPage(forged));
    const [evilBadge] = await waitForBadges(evil, { until: (b) => b.length === 1 && b[0]?.mode === 'full' });
    expect(evilBadge?.label).toBe('administration');
    for (const company of ['acme', 'riverbend']) {
      const board = await ext.servePage(`https://boards.greenhouse.io/${company}`, greenhouseBoardPage(company, [{ id, title: 'Chief Executive Officer' }, { id: '77', title: 'Line Cook' }]));
      const badges = await waitForBadges(board, { until: (b) => b.length === 2 && b.every((x) => x.label) });
      const ceo = badges.find((b) => b.jobId === id)!;
      expect(ceo).toMatchObject({ mode: 'title', label: 'management' });
      await board.close();
    }
    await evil.close();
  });
});
