// Firefox ESR end-to-end: the built Firefox extension, installed through WebDriver BiDi
// (puppeteer-core), badges the demo board's postings served at their Workday address.
// Pages come from request interception, so the content script's real match patterns apply and
// nothing reaches the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEMO_LIST_URL, detailUrl, postings, respond } from '../../demo/board.mjs';
import {
  EXTENSION_UUID,
  FIREFOX_ESR,
  GECKO_ID,
  copyBuild,
  firefoxBuild,
  firefoxMissingMessage,
  type FirefoxTarget,
} from './harness/firefox';

const LABELS = ['management', 'administration', 'balanced', 'not_applicable'];
const BADGE_TIMEOUT_MS = 20_000;

interface BadgeInfo {
  jobId: string;
  label: string;
  text: string;
}

const readBadges = (page: Page): Promise<BadgeInfo[]> =>
  page.$$eval('rolelens-badge', (badges) =>
    badges.map((badge) => ({
      jobId: badge.getAttribute('data-job-id') ?? '',
      label: badge.getAttribute('data-label') ?? '',
      // The visible text (the shadow root also holds a <style> and the tooltip).
      text: (badge.shadowRoot?.querySelector('button')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );

async function waitForBadgeCount(page: Page, count: number): Promise<void> {
  // A string, not a function: the test transform may wrap functions in helpers the page lacks.
  await page.waitForFunction(`document.querySelectorAll('rolelens-badge').length >= ${count}`, {
    timeout: BADGE_TIMEOUT_MS,
    polling: 100,
  });
}

// Firefox's MV2 build is the default (`wxt build -b firefox`); MV3 is built by `npm test` too.
for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  describe(`Firefox ESR end-to-end (${target})`, () => {
    let browser: Browser | undefined;
    let page: Page;
    let build: ReturnType<typeof copyBuild> | undefined;
    const offsite: string[] = [];

    beforeAll(async () => {
      const missing = firefoxMissingMessage();
      if (missing) return; // each test then fails with the message
      build = copyBuild(firefoxBuild(target));
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_ESR,
        headless: true,
        // Lets BiDi open moz-extension:// pages and install add-ons.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        },
      });
      const installedId = await browser.installExtension(build.dir);
      expect(installedId).toBe(GECKO_ID);
      page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const response = respond(request.url());
        if (response) return void request.respond(response);
        offsite.push(request.url());
        return void request.abort('blockedbyclient');
      });
    });

    afterAll(async () => {
      await browser?.close();
      build?.dispose();
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
      }
    });

    it('badges a job page with the full verdict for its requisition id', async () => {
      requireFirefox();
      const posting = postings.find((p) => p.title === 'Chief Executive Officer')!;
      await page.goto(detailUrl(posting), { waitUntil: 'load' });
      await waitForBadgeCount(page, 1);
      // Let a late duplicate show itself before counting.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const badges = await readBadges(page);
      expect(badges).toHaveLength(1);
      expect(badges[0]!.jobId).toBe(posting.id);
      // A CEO posting written around strategy, growth and the executive team.
      expect(badges[0]!.label).toBe('management');
    });

    it('lets no page request leave the demo board', () => {
      requireFirefox();
      // data: URLs (Firefox's own inline fonts) never touch the network.
      expect(offsite.filter((url) => !url.startsWith('data:'))).toEqual([]);
    });
  });
}
