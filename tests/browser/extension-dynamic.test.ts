// Pages that change after load, in real Chromium: infinite scroll, the detail pane switching in
// place (with an SPA URL change), cards rendered twice, a bot wall, and an extension reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { evaluateInBadge, readBadges, waitForBadges } from './harness/badges';
import { waitForScan } from './harness/scan';
import { indeedCard, indeedPane, indeedSearchPage, morePostings, postings } from './harness/pages';

const SEARCH = 'https://www.indeed.com/jobs?q=healthcare+manager&l=Springfield';
const [m1, m2, m3, m4] = morePostings as [typeof morePostings[0], typeof morePostings[0], typeof morePostings[0], typeof morePostings[0]];

describe('dynamic pages in Chromium', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('badges cards appended by infinite scroll, once each', async () => {
    const page = await ext.servePage(`${SEARCH}&vjk=${m1.id}`, indeedSearchPage([m1, m2], m1));
    let badges = await waitForBadges(page, { until: (b) => b.length === 2 });
    expect(badges.map((b) => b.jobId)).toEqual([m1.id, m2.id]);
    expect(badges.find((b) => b.jobId === m1.id)?.mode).toBe('full');
    expect(badges.find((b) => b.jobId === m2.id)?.mode).toBe('title');
    // Next page of results arrives card by card, as infinite scroll does.
    for (const card of [indeedCard(m3), indeedCard(m4)]) {
      await page.evaluate((html) => document.getElementById('results')!.insertAdjacentHTML('beforeend', html), card);
      await page.waitForTimeout(30);
    }
    badges = await waitForBadges(page, { until: (b) => b.length === 4 });
    expect(badges.map((b) => b.jobId)).toEqual([m1.id, m2.id, m3.id, m4.id]);
    expect(badges.every((b) => b.label && b.anchorText)).toBe(true);
    expect(badges.map((b) => b.anchorText)).toEqual([m1.title, m2.title, m3.title, m4.title]);
    await page.close();
  });

  it('follows the detail pane switching in place: the card gets the full verdict, a non-card detail its own badge', async () => {
    const page = await ext.servePage(`${SEARCH}&vjk=${m1.id}`, indeedSearchPage([m1, m2, m3], m1));
    await waitForBadges(page, { until: (b) => b.length === 3 });
    // Click-through without reload: URL via pushState, pane content replaced.
    const switchTo = (id: string, pane: string) =>
      page.evaluate(
        ([jobId, html]) => {
          const url = new URL(location.href);
          url.searchParams.set('vjk', jobId!);
          history.pushState({}, '', url);
          const wrapper = document.getElementById('jobsearch-ViewjobPaneWrapper')!;
          wrapper.replaceChildren();
          wrapper.insertAdjacentHTML('beforeend', html!);
        },
        [id, pane],
      );
    await switchTo(m2.id, indeedPane(m2));
    let badges = await waitForBadges(page, { until: (b) => b.find((x) => x.jobId === m2.id)?.mode === 'full' });
    expect(badges.map((b) => [b.jobId, b.mode])).toEqual([[m1.id, 'full'], [m2.id, 'full'], [m3.id, 'title']]);

    // A posting that has no card on this page: the pane gets a badge of its own, after its title.
    const outsider = postings[1]!;
    await switchTo(outsider.id, indeedPane(outsider));
    badges = await waitForBadges(page, { until: (b) => b.length === 4 });
    const paneBadge = badges.find((b) => b.jobId === outsider.id);
    expect(paneBadge).toMatchObject({ mode: 'full', anchorText: outsider.title });
    // The pane shows the full wording (cards are compact: "Mgmt 82%"), after the tag's SVG icon.
    expect(paneBadge?.text).toMatch(/^(Management|Administration|Balanced|Unsure) \d+%$|^Not applicable$/);
    expect(await evaluateInBadge(page, (root) => root.querySelectorAll('.icon svg path').length, outsider.id)).toBe(1);
    await page.close();
  });

  it('keeps one badge per job when every card is rendered twice (mobile + desktop copies)', async () => {
    const cards = [m1, m2, m3];
    const page = await ext.servePage(`${SEARCH}&start=10`, indeedSearchPage([...cards, ...cards], null));
    const badges = await waitForBadges(page, { until: (b) => b.length >= 3 });
    expect(badges.map((b) => b.jobId).sort()).toEqual(cards.map((c) => c.id).sort());
    // A re-render of the list (same cards, new nodes) still ends with one badge each.
    await page.evaluate(() => {
      const list = document.getElementById('results')!;
      const copy = list.cloneNode(true) as Element;
      copy.querySelectorAll('rolelens-badge').forEach((b) => b.remove());
      list.replaceWith(copy);
    });
    const after = await waitForBadges(page, { until: (b) => b.length === 3 });
    expect(after.map((b) => b.jobId).sort()).toEqual(cards.map((c) => c.id).sort());
    await page.close();
  });

  it('does nothing on a bot wall', async () => {
    const wall = `<!doctype html><html><head><title>Just a moment...</title></head><body>
<div id="challenge-form"><h1>Checking your browser before accessing indeed.com</h1></div>
${indeedSearchPage([m1, m2], m1).replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '')}</body></html>`;
    const page = await ext.servePage(`${SEARCH}&vjk=${m1.id}&wall=1`, wall);
    const before = await page.content();
    expect((await waitForScan(ext, page)).outcome).toBe('wall');
    expect(await readBadges(page)).toEqual([]);
    expect(await page.content()).toBe(before);
    await page.close();
  });

  it('an updated or reloaded extension: the old content script stops and removes its badges', async () => {
    const page = await ext.servePage(`${SEARCH}&vjk=${m1.id}&reload=1`, indeedSearchPage([m1, m2], m1));
    await waitForBadges(page, { until: (b) => b.length === 2 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const sw = await ext.serviceWorker();
    // Wait for the old worker to close, i.e. the old extension to unload (a fixed pause could end
    // before it on a busy machine, and the old script would still badge the new card).
    const unloaded = new Promise<void>((resolve) => sw.once('close', () => resolve()));
    await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await unloaded;
    // The next change on the page makes the orphaned script notice and clean up.
    await page.evaluate((html) => document.getElementById('results')!.insertAdjacentHTML('beforeend', html), indeedCard(m3));
    const badges = await waitForBadges(page, { until: (b) => b.length === 0, timeoutMs: 8000 });
    expect(badges).toEqual([]);
    expect(errors).toEqual([]);
  });
});
