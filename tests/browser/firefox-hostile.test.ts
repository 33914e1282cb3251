// Hostile pages in Firefox ESR (both builds), where the browser differs from Chromium: a page's
// scripted badge clicks opened a tab each here too (no user input reached the background, so no
// popup), while the user's own activation opens the action popup; content scripts see the page's
// custom elements and CustomEvents through Xray wrappers. The Chromium side, with the one
// explanation tab per board tab, is hostile-page.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import {
  EXTENSION_UUID,
  GECKO_ID,
  firefoxMissingMessage,
  launchFirefoxWithExtension,
  waitForSelectorThroughNavigation,
  type FirefoxSession,
  type FirefoxTarget,
} from './harness/firefox';
import { readBadges, settledBadges } from './harness/firefox-badges';
import { indeedCard, indeedSearchPage, morePostings } from './harness/pages';

const SEARCH = 'https://www.indeed.com/jobs?q=healthcare+manager&l=Springfield';
const [m1, m2, m3] = morePostings as [typeof morePostings[0], typeof morePostings[0], typeof morePostings[0]];

for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  describe(`hostile pages in Firefox ESR (${target})`, () => {
    let session: FirefoxSession | undefined;
    let browser: Browser;
    const served = new Map<string, string>();

    beforeAll(async () => {
      const missing = firefoxMissingMessage();
      if (missing) throw new Error(missing);
      session = await launchFirefoxWithExtension(target);
      browser = session.browser;
      expect(session.installedId).toBe(GECKO_ID);
    });
    afterAll(async () => {
      await session?.close();
    });

    async function open(url: string, html: string): Promise<Page> {
      served.set(url, html);
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = served.get(request.url());
        if (body !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        return void request.abort('blockedbyclient');
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }

    /** Tab until the keyboard focus is on the badge of `jobId`. */
    async function focusBadge(page: Page, jobId: string): Promise<void> {
      for (let presses = 0; presses < 20; presses++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(`document.activeElement && document.activeElement.dataset.jobId`)) === jobId) return;
      }
      throw new Error(`the badge of ${jobId} never took the keyboard focus`);
    }

    /**
     * An extension page that logs, from now on, every posting an explanation is asked for (the
     * background writes the request to session storage before it opens the popup or a tab).
     */
    async function logExplainRequests(): Promise<() => Promise<string[]>> {
      const ext = await browser.newPage();
      void ext.goto(`moz-extension://${EXTENSION_UUID}/options.html`).catch(() => undefined);
      await waitForSelectorThroughNavigation(ext, 'body *');
      await ext.evaluate(`window.__explained = []; browser.storage.session.onChanged.addListener((changes) => {
        const request = changes.explainRequest && changes.explainRequest.newValue;
        if (request && request.jobId) window.__explained.push(request.jobId);
      })`);
      return async () => (await ext.evaluate(`JSON.stringify(window.__explained)`).then((json) => JSON.parse(String(json)))) as string[];
    }

    it("ignores a page script's clicks on a badge; the user's keyboard activation opens the explanation", async () => {
      const page = await open(`${SEARCH}&from=ff-clicks`, indeedSearchPage([m1, m2], null));
      await settledBadges(page, (b) => b.length === 2);
      const explained = await logExplainRequests();
      await page.bringToFront();
      // The page "clicks" the first badge ten times, every way a script can reach it.
      await page.evaluate(`(() => {
        const host = document.querySelector('rolelens-badge');
        for (let i = 0; i < 10; i++) {
          host.click();
          host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          const button = host.shadowRoot && host.shadowRoot.querySelector('button');
          if (button) button.click();
        }
      })()`);
      // Then the user presses Enter on the second badge (Firefox opens the action popup for it).
      await focusBadge(page, m2.id);
      await page.keyboard.press('Enter');
      await expect.poll(explained, { timeout: 15_000 }).toContain(m2.id);
      expect(await explained()).toEqual([m2.id]);
      await page.close();
    });

    it('stays on when the page forges WXT\'s "content script started" event', async () => {
      const page = await open(`${SEARCH}&from=ff-forged`, indeedSearchPage([m1, m2], null));
      await settledBadges(page, (b) => b.length === 2);
      // WXT names the event after the extension's id (the gecko id in Firefox, public in the manifest).
      await page.evaluate(`document.dispatchEvent(new CustomEvent(${JSON.stringify(`${GECKO_ID}:content:wxt:content-script-started`)},
        { detail: { contentScriptName: 'content', messageId: 'forged' } }))`);
      await page.evaluate(`document.getElementById('results').insertAdjacentHTML('beforeend', ${JSON.stringify(indeedCard(m3))})`);
      const badges = await settledBadges(page, (b) => b.length === 3);
      expect(badges.map((b) => b.jobId)).toEqual([m1.id, m2.id, m3.id]);
      await page.close();
    });

    for (const disable of [false, true]) {
      it(`badges a page that squats <rolelens-badge> ${disable ? 'with shadow roots disabled' : 'with its own shadow root'}`, async () => {
        const squatter = `<script>customElements.define('rolelens-badge', class extends HTMLElement {
          ${disable ? "static disabledFeatures = ['shadow'];" : ''}
          constructor() { super(); ${disable ? '' : "this.attachShadow({ mode: 'open' }).textContent = 'mine';"} } });</script>`;
        const page = await open(`${SEARCH}&from=ff-squat-${disable}`, indeedSearchPage([m1, m2], null).replace('</head>', `${squatter}</head>`));
        const badges = await settledBadges(page, (b) => b.length === 2 && b.every((x) => x.label && x.styled));
        expect(badges.map((b) => b.jobId)).toEqual([m1.id, m2.id]);
        expect(badges.every((b) => b.label && b.styled)).toBe(true);
        // The page's own element holds none of them; nothing of the verdict is readable from the page.
        expect(await page.evaluate(`[...document.querySelectorAll('[data-job-id]')].map((e) => [e.localName.startsWith('rolelens-badge-'), e.shadowRoot])`)).toEqual([
          [true, null],
          [true, null],
        ]);
        expect(await readBadges(page)).toHaveLength(2);
        await page.close();
      });
    }
  });
}
