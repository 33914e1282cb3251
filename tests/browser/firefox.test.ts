// Firefox ESR end-to-end: the built Firefox extension, installed through WebDriver BiDi
// (puppeteer-core), badges the demo board's postings served at their Workday address, and the
// pages in tests/fixtures at their real board addresses.
// Pages come from request interception, so the content script's real match patterns apply and
// nothing reaches the network.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { DEMO_LIST_URL, detailUrl, postings, respond } from '../../demo/board.mjs';
import {
  EXTENSION_UUID,
  GECKO_ID,
  firefoxMissingMessage,
  waitForSelectorThroughNavigation,
  repoRoot,
  type FirefoxTarget,
  launchFirefoxWithExtension,
  type FirefoxSession,
} from './harness/firefox';
import { readBadges, settledBadges, waitForBadgeCount } from './harness/firefox-badges';
import { waitForFirefoxScan } from './harness/firefox-scan';

/** One entry of tests/fixtures/fixtures.json (same format as ../shared's pages.json). */
interface FixturePage {
  file: string;
  url: string;
  cards: number;
  /** Job id shown in full, 'pane' (one of the cards), or null. */
  detail: string | null;
  badges?: boolean;
  anyJobPostingPage?: boolean;
}

/** A page of the add-on itself (its options page), whose `browser` global reads the add-on's storage. */
async function openExtensionPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  // Awaiting goto on a moz-extension page never resolves under BiDi; wait for the content instead.
  void page.goto(`moz-extension://${EXTENSION_UUID}/options.html`).catch(() => undefined);
  await waitForSelectorThroughNavigation(page, '[data-testid="rl-save-status"]');
  return page;
}

/** The fewest badges a page must get: one per card, or one for a job page; none on a wall. */
const minimumBadges = (page: FixturePage) => (page.badges === false ? 0 : page.cards || (page.detail ? 1 : 0));

const LABELS = ['management', 'administration', 'balanced', 'not_applicable'];

// The site adapters' own fixture pages (one or more per board), as the Chromium tests use them.
const fixturesDir = path.join(repoRoot, 'tests/fixtures');
const fixturesFile = path.join(fixturesDir, 'fixtures.json');
const fixturePages: FixturePage[] = existsSync(fixturesFile)
  ? (JSON.parse(readFileSync(fixturesFile, 'utf8')) as { pages: FixturePage[] }).pages
  : [];
/** Extra pages this run serves by URL (the fixture pages), besides the demo board. */
const served = new Map<string, string>();
// Firefox's MV2 build is the default (`wxt build -b firefox`); MV3 is built by `npm test` too.
for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  describe(`Firefox ESR end-to-end (${target})`, () => {
    let session: FirefoxSession | undefined;
    let browser: Browser | undefined;
    let page: Page;
    /** An extension page of the add-on, for reading its session storage (opened when first needed). */
    let extensionPage: Page | undefined;
    const offsite: string[] = [];

    beforeAll(async () => {
      const missing = firefoxMissingMessage();
      if (missing) return; // each test then fails with the message
      session = await launchFirefoxWithExtension(target);
      browser = session.browser;
      expect(session.installedId).toBe(GECKO_ID);
      page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const fixture = served.get(request.url());
        if (fixture !== undefined) {
          return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture });
        }
        const response = respond(request.url());
        if (response) return void request.respond(response);
        // While a fixture page is up, its own sub-resources (favicon, images) are not ours to judge.
        if (served.size === 0) offsite.push(request.url());
        return void request.abort('blockedbyclient');
      });
    });

    afterAll(async () => {
      await session?.close();
    });

    const requireFirefox = () => {
      const missing = firefoxMissingMessage();
      if (missing) throw new Error(missing);
    };

    it('badges every posting on the results list, one badge each', async () => {
      requireFirefox();
      await page.goto(DEMO_LIST_URL, { waitUntil: 'load' });
      await waitForBadgeCount(page, postings.length);
      const badges = await readBadges(page);
      expect(badges.map((b) => b.jobId).sort()).toEqual(postings.map((p) => p.id).sort());
      for (const badge of badges) {
        expect(LABELS).toContain(badge.label);
        expect(badge.text).not.toBe('');
        expect(badge.styled).toBe(true);
      }
    });

    it('badges a job page with the full verdict for its requisition id', async () => {
      requireFirefox();
      const posting = postings.find((p) => p.title === 'Chief Executive Officer')!;
      await page.goto(detailUrl(posting), { waitUntil: 'load' });
      const badges = await settledBadges(page, (b) => b.some((x) => x.mode === 'full'));
      expect(badges).toHaveLength(1);
      expect(badges[0]!.jobId).toBe(posting.id);
      expect(badges[0]!.mode).toBe('full');
      // A CEO posting written around strategy, growth and the executive team.
      expect(badges[0]!.label).toBe('management');
    });

    // Every board in both builds: MV3 runs the same content script, but under MV3's host
    // permission model and event-page background, so it is checked too.
    // Pages read only by the optional "any JobPosting page" reader need a permission first: left out.
    const boardPages = fixturePages.filter((f) => !f.anyJobPostingPage);
    for (const fixture of boardPages) {
      const minimum = minimumBadges(fixture);
      it(`${fixture.file}: ${minimum === 0 ? 'no badge (wall)' : `${fixture.cards} cards, detail ${fixture.detail ?? 'none'}`}`, async () => {
        requireFirefox();
        const html = readFileSync(path.join(fixturesDir, fixture.file), 'utf8');
        served.set(fixture.url, html);
        try {
          await page.goto(fixture.url, { waitUntil: 'load' });
          if (minimum === 0) {
            // The script saw the wall (a positive signal, not a pause) and left the page alone.
            extensionPage ??= await openExtensionPage(browser!);
            expect((await waitForFirefoxScan(extensionPage, fixture.url)).outcome).toBe('wall');
            expect(await readBadges(page)).toEqual([]);
            return;
          }
          const detailId = fixture.detail && fixture.detail !== 'pane' ? fixture.detail : null;
          // Every card badged, and the posting shown in full read in full, before judging.
          const badges = await settledBadges(
            page,
            (b) => b.filter((x) => x.place === 'card').length >= fixture.cards && b.length >= minimum && (!detailId || b.some((x) => x.jobId === detailId && x.mode === 'full')),
          );
          const ids = badges.map((b) => b.jobId);
          expect(badges.filter((b) => b.place === 'card'), 'one badge per card').toHaveLength(fixture.cards);
          expect(new Set(ids).size, 'one badge per job id').toBe(ids.length);
          for (const badge of badges) expect(LABELS).toContain(badge.label);
          if (fixture.detail && fixture.detail !== 'pane') {
            // Badged on its card when the list shows it, else on its own; read in full either way.
            expect(badges.find((b) => b.jobId === fixture.detail)?.mode, 'detail read in full').toBe('full');
          }
          // Ids as the page shows them: in its markup or its address.
          for (const id of ids) expect(html.includes(id) || fixture.url.includes(id), `job id ${id} on the page`).toBe(true);
        } finally {
          served.delete(fixture.url);
        }
      });
    }

    it('a list card shows the full verdict once its job page was read (session store)', async () => {
      requireFirefox();
      const pages = [
        { file: 'greenhouse-job.html', url: 'https://job-boards.greenhouse.io/harborviewclinics/jobs/7100000001' },
        { file: 'greenhouse-board.html', url: 'https://boards.greenhouse.io/harborviewclinics' },
      ];
      for (const p of pages) served.set(p.url, readFileSync(path.join(fixturesDir, p.file), 'utf8'));
      try {
        await page.goto(pages[0]!.url, { waitUntil: 'load' });
        // The job page's badge may be provisional (title only) for a moment: wait for the full read.
        const [read] = await settledBadges(page, (b) => b.some((x) => x.mode === 'full'));
        expect(read?.mode).toBe('full');
        await page.goto(pages[1]!.url, { waitUntil: 'load' });
        const listed = await settledBadges(page, (b) => b.some((x) => x.jobId === '7100000001' && x.mode === 'full'));
        const card = listed.find((b) => b.jobId === '7100000001');
        expect(card).toMatchObject({ place: 'card', mode: 'full', label: read?.label });
      } finally {
        for (const p of pages) served.delete(p.url);
      }
    });

    it('the demo board and the extension request nothing beyond the board', () => {
      requireFirefox();
      // data: URLs (Firefox's own inline fonts) never touch the network.
      expect(offsite.filter((url) => !url.startsWith('data:'))).toEqual([]);
    });
  });
}
