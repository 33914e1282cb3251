// "Any page with JobPosting data" in real Chromium, over the fixture pages only the generic
// JSON-LD reader handles (anyJobPostingPage in tests/fixtures/fixtures.json): no badge while the
// setting is off, badges as the page's postings once it is switched on in options, none again
// once it is switched off.
//
// The setting needs the optional <all_urls> host permission, granted by the user at a browser
// prompt that automation cannot answer in Chromium. This file therefore loads the test-only build
// (ROLELENS_TEST_ALL_URLS=1 in wxt.config.ts, never shipped) whose manifest grants <all_urls> at
// install: the options page's permission request then resolves true at once, as after the user's
// yes, and everything after it (setting saved, content script registered at run time, page read)
// is the product's own path.
//
// In Firefox ESR no stand-in is needed: with its testing pref webextOptionalPermissionPrompts off,
// the release builds' own permissions.request (from a real click in options) is granted without
// the prompt. Both Firefox builds run the same steps.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, repoRoot, type ExtensionHarness } from './harness';
import { readBadges } from './harness/badges';
import { manifestScriptsMatching } from './harness/manifest-scripts';
import { readTabView } from './harness/tab-view';
import { checkPage, minimumBadgeCount, type PageExpectation } from './harness/page-check';
import {
  EXTENSION_UUID,
  firefoxMissingMessage,
  waitForSelectorThroughNavigation,
  type FirefoxTarget,
  launchFirefoxWithExtension,
  type FirefoxSession,
} from './harness/firefox';
import { readBadges as readFirefoxBadges, settledBadges } from './harness/firefox-badges';
import { waitForFirefoxScan } from './harness/firefox-scan';

const fixturesDir = path.join(repoRoot, 'tests/fixtures');
const manifest = path.join(fixturesDir, 'fixtures.json');
const anyPageFixtures: PageExpectation[] = existsSync(manifest)
  ? (JSON.parse(readFileSync(manifest, 'utf8')) as { pages: PageExpectation[] }).pages.filter((f) => f.anyJobPostingPage === true)
  : [];
const ANY_PAGE_SCRIPT_ID = 'rolelens-any-jobposting-page';

describe.skipIf(anyPageFixtures.length === 0)('any page with JobPosting data (Chromium, <all_urls> granted by the test build)', () => {
  let ext: ExtensionHarness;
  let options: Page;

  beforeAll(async () => {
    ext = await launchExtension({ build: 'test-all-urls' });
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByTestId('rl-site-any-page').waitFor();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const registeredIds = async (): Promise<string[]> => {
    const sw = await ext.serviceWorker();
    return sw.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
  };
  const storedSetting = async () =>
    ((await ext.readStorage('local')).settings as { sites?: { anyJobPostingPage?: boolean } } | undefined)?.sites?.anyJobPostingPage ?? false;

  /**
   * Serves the fixture in a new tab and checks that no badge appears. No pause: with no script
   * registered at run time and no manifest script matching the address, no RoleLens code can run
   * on the loaded page, so what it shows once loaded is final.
   */
  async function expectNoBadge(fixture: PageExpectation): Promise<void> {
    expect(await registeredIds()).not.toContain(ANY_PAGE_SCRIPT_ID);
    expect(manifestScriptsMatching(ext.extensionDir, fixture.url), `${fixture.file}: no board script`).toEqual([]);
    const page = await ext.servePage(fixture.url, { file: path.join(fixturesDir, fixture.file) });
    await page.waitForLoadState('load');
    expect(await readBadges(page), `${fixture.file}: no badge while the setting is off`).toEqual([]);
    await page.close();
  }

  it('the test build holds <all_urls>, and the setting starts off with no script registered', async () => {
    const sw = await ext.serviceWorker();
    const granted = await sw.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['<all_urls>'] }),
    );
    expect(granted).toBe(true);
    expect(await storedSetting()).toBe(false);
    expect(await registeredIds()).not.toContain(ANY_PAGE_SCRIPT_ID);
    expect(await options.getByTestId('rl-site-any-page').isChecked()).toBe(false);
  });

  for (const fixture of anyPageFixtures) {
    it(`${fixture.file}: no badge while the setting is off`, async () => {
      await expectNoBadge(fixture);
    });
  }

  it('switching the setting on in options saves it and registers the content script', async () => {
    await options.getByTestId('rl-site-any-page').check();
    await expect.poll(storedSetting, { timeout: 10_000 }).toBe(true);
    await expect.poll(registeredIds, { timeout: 10_000 }).toContain(ANY_PAGE_SCRIPT_ID);
    expect(await options.getByTestId('rl-site-any-page-message').count()).toBe(0);
  });

  for (const fixture of anyPageFixtures) {
    it(`${fixture.file}: badged as its posting once the setting is on`, async () => {
      expect(await registeredIds()).toContain(ANY_PAGE_SCRIPT_ID);
      await checkPage(ext, fixture, path.join(fixturesDir, fixture.file));
    });
  }

  for (const fixture of anyPageFixtures.filter((f) => f.detail !== null && f.badges !== false)) {
    it(`${fixture.file}: the popup explains the posting with quotes from the page (its text or its JobPosting data)`, async () => {
      const page = await ext.servePage(fixture.url, { file: path.join(fixturesDir, fixture.file) });
      const tabId = await ext.tabIdFor(page);
      await expect
        .poll(async () => (await readTabView(ext, tabId))?.detailJobId ?? null, { timeout: 20_000 })
        .not.toBeNull();
      const popup = await ext.openPopup(tabId);
      await popup.getByTestId('rl-label').waitFor();
      const label = await popup.getByTestId('rl-label').getAttribute('data-label');
      expect(['management', 'administration', 'balanced', 'not_applicable']).toContain(label);
      // Whitespace aside: the reader joins text across block elements.
      const squeeze = (t: string) => t.replace(/\s+/g, '');
      // The generic reader takes a JSON-LD description fuller than the text shown, so a quote may
      // stand only in the page's JobPosting data: its HTML (often entity-escaped) read as text.
      const jsonLdText = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')]
          .map((script) => {
            let text = script.textContent ?? '';
            for (let i = 0; i < 3; i++) text = new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
            return text;
          })
          .join(' '),
      );
      const pageText = squeeze(await page.locator('body').innerText()) + squeeze(jsonLdText);
      const quotes = (await popup.getByTestId('rl-quote').allTextContents()).map(squeeze);
      if (label !== 'not_applicable') expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(pageText, `quote not in the page: ${q}`).toContain(q);
      await popup.close();
      await page.close();
    });
  }

  it('switching it off unregisters the script, and a fresh load shows no badge again', async () => {
    await options.getByTestId('rl-site-any-page').uncheck();
    await expect.poll(storedSetting, { timeout: 10_000 }).toBe(false);
    await expect.poll(registeredIds, { timeout: 10_000 }).not.toContain(ANY_PAGE_SCRIPT_ID);
    for (const fixture of anyPageFixtures) await expectNoBadge(fixture);
    expect(ext.blockedRequests.filter((r) => !r.url.endsWith('/favicon.ico'))).toEqual([]);
  });
});

for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  describe.skipIf(anyPageFixtures.length === 0)(`any page with JobPosting data (Firefox ESR, ${target})`, () => {
    let session: FirefoxSession | undefined;
    let browser: FirefoxBrowser | undefined;
    let options: FirefoxPage;
    let tab: FirefoxPage;
    const served = new Map<string, string>();

    beforeAll(async () => {
      if (firefoxMissingMessage()) return; // the tests then fail with the message
      // Grants permissions.request() without showing the prompt (Firefox's own testing switch).
      session = await launchFirefoxWithExtension(target, { 'extensions.webextOptionalPermissionPrompts': false });
      browser = session.browser;
      options = await browser.newPage();
      // Awaiting goto on a moz-extension page never resolves under BiDi; wait for the content instead.
      void options.goto(`moz-extension://${EXTENSION_UUID}/options.html`).catch(() => undefined);
      await waitForSelectorThroughNavigation(options, '[data-testid="rl-site-any-page"]');
      tab = await browser.newPage();
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        const body = served.get(request.url());
        if (body !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        return void request.abort('blockedbyclient');
      });
    });
    afterAll(async () => {
      await session?.close();
    });

    // Strings, not functions: the test transform may wrap functions in helpers the page lacks.
    const storedSetting = () =>
      options.evaluate(`browser.storage.local.get('settings').then((r) => !!(r.settings && r.settings.sites && r.settings.sites.anyJobPostingPage))`);
    const registered = () =>
      options.evaluate(`browser.scripting.getRegisteredContentScripts().then((s) => s.some((x) => x.id === ${JSON.stringify(ANY_PAGE_SCRIPT_ID)}))`);

    async function open(fixture: PageExpectation): Promise<void> {
      served.set(fixture.url, readFileSync(path.join(fixturesDir, fixture.file), 'utf8'));
      await tab.goto(fixture.url, { waitUntil: 'load' });
    }

    /**
     * No pause: with no script registered at run time and no manifest script matching the
     * address, no RoleLens code can run on the loaded page, so what it shows once loaded is final.
     */
    async function expectNoBadges(): Promise<void> {
      expect(await registered()).toBe(false);
      for (const fixture of anyPageFixtures) {
        expect(manifestScriptsMatching(path.join(repoRoot, '.output', target), fixture.url), `${fixture.file}: no board script`).toEqual([]);
        await open(fixture);
        expect(await readFirefoxBadges(tab), `${fixture.file}: no badge while the setting is off`).toEqual([]);
      }
    }

    it('no badge while the setting is off', async () => {
      const missing = firefoxMissingMessage();
      if (missing) throw new Error(missing);
      expect(await storedSetting()).toBe(false);
      expect(await registered()).toBe(false);
      await expectNoBadges();
    });

    it('a click in options grants the permission, saves the setting and badges the pages', async () => {
      await options.click('[data-testid="rl-site-any-page"]');
      await expect.poll(storedSetting, { timeout: 10_000 }).toBe(true);
      await expect.poll(registered, { timeout: 10_000 }).toBe(true);
      for (const fixture of anyPageFixtures) {
        await open(fixture);
        const minimum = minimumBadgeCount(fixture);
        const detailId = fixture.detail && fixture.detail !== 'pane' ? fixture.detail : null;
        const badges = await settledBadges(
          tab,
          (b) => b.length >= minimum && (!detailId || b.some((x) => x.jobId === detailId && x.mode === 'full')),
        );
        expect(badges.filter((b) => b.place === 'card'), `${fixture.file}: one badge per card`).toHaveLength(fixture.cards);
        expect(badges.length, `${fixture.file}: badges`).toBeGreaterThanOrEqual(minimum);
        if (minimum === 0) {
          // Read, and nothing found to badge: wait for the scan itself, not for time to pass.
          expect((await waitForFirefoxScan(options, fixture.url)).outcome, `${fixture.file}: scanned`).toBe('empty');
          expect(await readFirefoxBadges(tab), `${fixture.file}: no badge`).toEqual([]);
        }
        if (detailId) expect(badges.find((b) => b.jobId === detailId)?.mode, `${fixture.file}: detail read in full`).toBe('full');
      }
    });

    it('switching it off unregisters the script and the pages show no badge again', async () => {
      await options.click('[data-testid="rl-site-any-page"]');
      await expect.poll(storedSetting, { timeout: 10_000 }).toBe(false);
      await expect.poll(registered, { timeout: 10_000 }).toBe(false);
      await expectNoBadges();
    });
  });
}
