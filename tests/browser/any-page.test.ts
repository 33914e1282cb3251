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
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, repoRoot, type ExtensionHarness } from './harness';
import { readBadges } from './harness/badges';
import { checkPage, type PageExpectation } from './harness/page-check';

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

  /** Serves the fixture in a new tab and checks that no badge appears while the page is read. */
  async function expectNoBadge(fixture: PageExpectation): Promise<void> {
    const page = await ext.servePage(fixture.url, { file: path.join(fixturesDir, fixture.file) });
    // Nothing to wait for when nothing may happen: give a content script the time a wall gets.
    await page.waitForTimeout(1500);
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

  it('switching it off unregisters the script, and a fresh load shows no badge again', async () => {
    await options.getByTestId('rl-site-any-page').uncheck();
    await expect.poll(storedSetting, { timeout: 10_000 }).toBe(false);
    await expect.poll(registeredIds, { timeout: 10_000 }).not.toContain(ANY_PAGE_SCRIPT_ID);
    for (const fixture of anyPageFixtures) await expectNoBadge(fixture);
    expect(ext.blockedRequests.filter((r) => !r.url.endsWith('/favicon.ico'))).toEqual([]);
  });
});
