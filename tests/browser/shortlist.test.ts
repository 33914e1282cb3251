// The shortlist end to end with the built extension, in Chromium and in Firefox ESR: jobs are saved
// from a board page (in Chromium: a card's star with the mouse, a job page's star from the
// keyboard, the popup's button), show on the shortlist page with the study plan, export (JSON and
// CSV), import into a fresh profile exactly, and the plan changes when a job is removed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIST_URL, detailUrl, postings, renderDetail, renderList, respond } from '../../demo/board.mjs';
import { jobScope } from '../../src/background/job-scope';
import { launchExtension, repoRoot, servePage, type ExtensionHarness } from './harness';
import { waitForBadges } from './harness/badges';
import {
  EXTENSION_UUID,
  firefoxMissingMessage,
  launchFirefoxWithExtension,
  waitForSelectorThroughNavigation,
  type FirefoxTarget,
} from './harness/firefox';
import { clickInBadge, inBadge, waitForBadgeCount } from './harness/firefox-badges';

const screenshots = path.join(repoRoot, 'test-results');
const ceo = postings.find((p) => p.title === 'Chief Executive Officer')!;
const others = postings.filter((p) => p !== ceo);
/** A saved job's key: the job id in the board scope the background uses (site, host, career site). */
const keyOf = (id: string) => `${jobScope('workday', DEMO_LIST_URL)}#${id}`;

interface StoredJob {
  key: string;
  title: string;
  link: string;
  notes: string;
  label: string;
}

const storedJobs = async (ext: ExtensionHarness): Promise<StoredJob[]> =>
  (((await ext.readStorage('local')).shortlist as { jobs?: StoredJob[] } | undefined)?.jobs ?? []);

const saveButton = (page: Page, jobId: string) => page.locator(`rolelens-badge[data-job-id="${jobId}"] button.save`);

/** The study plan as the page shows it: the lean sentence and each item's id and counts. */
const planOf = (page: Page) =>
  page.evaluate(() => ({
    lean: document.querySelector('[data-testid="rl-plan-lean"]')?.textContent ?? '',
    items: [...document.querySelectorAll<HTMLElement>('[data-testid="rl-plan-item"]')].map(
      (li) => `${li.dataset.id}:${li.dataset.fits}:${li.dataset.named}`,
    ),
  }));

async function openShortlist(ext: ExtensionHarness): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/shortlist.html`);
  await page.locator('[data-testid="rl-shortlist-count"]').waitFor();
  return page;
}

describe('shortlist in Chromium', () => {
  let ext: ExtensionHarness;
  let list: Page;
  let shortlist: Page;
  let exported = '';

  beforeAll(async () => {
    // The test build: its badges' shadow roots are open, so Playwright's locators reach the star
    // (they stop at the release build's closed roots; see src/content/badge-element.ts).
    ext = await launchExtension({ build: 'test-all-urls' });
    for (const p of postings) servePage(ext.context, detailUrl(p), renderDetail(p));
    list = await ext.servePage(DEMO_LIST_URL, renderList());
    await waitForBadges(list, { until: (b) => b.length === postings.length });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('saves a card from its badge star with the mouse, keeping the card’s own link', async () => {
    const card = others[0]!;
    const star = saveButton(list, card.id);
    expect(await star.getAttribute('aria-label')).toBe(`Save to your RoleLens shortlist: ${card.title}`);
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    const [job] = await storedJobs(ext);
    expect(job).toMatchObject({ key: keyOf(card.id), title: card.title, link: detailUrl(card) });
    // The click saved and did not follow the card's link.
    expect(list.url()).toBe(DEMO_LIST_URL);
  });

  it('saves a job page from the keyboard: Tab from the badge reaches its star, Space presses it', async () => {
    const page = await ext.servePage(detailUrl(ceo), renderDetail(ceo));
    await waitForBadges(page, { until: (b) => b.some((x) => x.mode === 'full') });
    await page.locator('rolelens-badge button:not(.save)').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('save');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedJobs(ext)).map((j) => j.key)).toContain(keyOf(ceo.id));
    const job = (await storedJobs(ext)).find((j) => j.key === keyOf(ceo.id))!;
    expect(job).toMatchObject({ title: ceo.title, link: detailUrl(ceo), label: 'management' });
    await expect.poll(() => page.locator('rolelens-badge .save-status').textContent()).toBe('Saved to your RoleLens shortlist');
    await page.close();
  });

  it('saves from the popup', async () => {
    const posting = others[1]!;
    const page = await ext.servePage(detailUrl(posting), renderDetail(posting));
    await waitForBadges(page, { until: (b) => b.some((x) => x.mode === 'full') });
    const popup = await ext.openPopup(await ext.tabIdFor(page));
    const save = popup.locator('[data-testid="rl-save"]');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect((await storedJobs(ext)).map((j) => j.key)).toContain(keyOf(posting.id));
    // The badge on the page follows: its star is pressed too.
    await expect.poll(() => saveButton(page, posting.id).getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('shows the saved jobs on the shortlist page, newest first, with the study plan', async () => {
    shortlist = await openShortlist(ext);
    const keys = () => shortlist.locator('[data-testid="rl-saved-job"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    await expect.poll(keys).toEqual([keyOf(others[1]!.id), keyOf(ceo.id), keyOf(others[0]!.id)]);
    const plan = await planOf(shortlist);
    expect(plan.lean).toMatch(/^Across your 3 saved jobs: /);
    expect(plan.items.length).toBeGreaterThan(0);
    // Notes typed here are stored.
    await shortlist.locator(`[data-key="${keyOf(ceo.id)}"] textarea`).fill('Board meets in March.');
    await expect.poll(async () => (await storedJobs(ext)).find((j) => j.key === keyOf(ceo.id))?.notes).toBe('Board meets in March.');
    // For a human to look at (not asserted): the page in light and dark.
    mkdirSync(screenshots, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await shortlist.emulateMedia({ colorScheme });
      await shortlist.screenshot({ path: path.join(screenshots, `shortlist-${colorScheme}.png`), fullPage: true });
    }
    await shortlist.emulateMedia({ colorScheme: null });
  });

  it('exports JSON and CSV', async () => {
    const [json] = await Promise.all([shortlist.waitForEvent('download'), shortlist.locator('[data-testid="rl-shortlist-export-json"]').click()]);
    exported = readFileSync((await json.path())!, 'utf8');
    const file = JSON.parse(exported) as { format: string; jobs: StoredJob[] };
    expect(file.format).toBe('rolelens-shortlist');
    expect(file.jobs).toEqual(await storedJobs(ext));
    const [csv] = await Promise.all([shortlist.waitForEvent('download'), shortlist.locator('[data-testid="rl-shortlist-export-csv"]').click()]);
    expect(csv.suggestedFilename()).toMatch(/^rolelens-shortlist-\d{4}-\d\d-\d\d\.csv$/);
    const rows = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^Title,Employer,/);
    expect(rows.join('\n')).toContain('Board meets in March.');
  });

  it('the plan changes when a job is removed, and comes back on undo', async () => {
    const before = await planOf(shortlist);
    const ceoItem = shortlist.locator(`[data-key="${keyOf(ceo.id)}"]`);
    await ceoItem.locator('[data-testid="rl-job-remove"]').click();
    await expect.poll(async () => (await storedJobs(ext)).map((j) => j.key)).not.toContain(keyOf(ceo.id));
    const after = await planOf(shortlist);
    expect(after.lean).toMatch(/^Across your 2 saved jobs: /);
    expect(after).not.toEqual(before);
    // Undo from the keyboard: focus is on Undo already.
    expect(await shortlist.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('rl-shortlist-undo-button');
    await shortlist.keyboard.press('Enter');
    await expect.poll(() => planOf(shortlist)).toEqual(before);
    expect((await storedJobs(ext)).find((j) => j.key === keyOf(ceo.id))?.notes).toBe('Board meets in March.');
    expect(ext.blockedRequests).toEqual([]);
  });

  it('imports the export into a fresh profile exactly, and a bad file changes nothing', async () => {
    const fresh = await launchExtension({ build: 'test-all-urls' });
    try {
      const page = await openShortlist(fresh);
      await page.locator('[data-testid="rl-shortlist-import"]').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported.replace('"management"', '"bossy"')),
      });
      await expect.poll(() => page.locator('[data-testid="rl-shortlist-import-error"]').textContent()).toMatch(/nothing was changed\.\nfile\.jobs\[\d\]\.label: must be one of/);
      expect(await storedJobs(fresh)).toEqual([]);
      await page.locator('[data-testid="rl-shortlist-import"]').setInputFiles({
        name: 'shortlist.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await expect.poll(() => storedJobs(fresh)).toEqual((JSON.parse(exported) as { jobs: StoredJob[] }).jobs);
      await expect.poll(() => page.locator('[data-testid="rl-saved-job"]').count()).toBe(3);
      expect(await page.locator('[data-testid="rl-shortlist-transfer-status"]').textContent()).toMatch(/3 new jobs/);
    } finally {
      await fresh.close();
    }
  });
});

// The same journey in Firefox ESR (both builds), driven through WebDriver BiDi (puppeteer-core):
// save two cards from the demo board with their stars, see them on the shortlist page, export,
// remove one (the plan changes), and import the export into a fresh profile.
for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  describe(`shortlist in Firefox ESR (${target})`, () => {
    const management = postings.find((p) => p.title === 'Chief Executive Officer')!;
    const administration = postings.find((p) => p.title === 'Billing and Coding Supervisor')!;
    let exportedText = '';

    /** A tab that answers the demo board's addresses and blocks everything else. */
    async function boardTab(browser: FirefoxBrowser): Promise<FirefoxPage> {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const response = respond(request.url());
        if (response) return void request.respond(response);
        return void request.abort('blockedbyclient');
      });
      return page;
    }

    /** The shortlist page; awaiting goto on a moz-extension page never resolves under BiDi. */
    async function shortlistTab(browser: FirefoxBrowser): Promise<FirefoxPage> {
      const page = await browser.newPage();
      void page.goto(`moz-extension://${EXTENSION_UUID}/shortlist.html`).catch(() => undefined);
      await waitForSelectorThroughNavigation(page, '[data-testid="rl-shortlist-count"]');
      return page;
    }

    // Strings, not functions: the test transform may wrap functions in helpers the page lacks.
    const storedKeys = (page: FirefoxPage) =>
      page.evaluate(`browser.storage.local.get('shortlist').then((r) => (r.shortlist?.jobs ?? []).map((j) => j.key))`) as Promise<string[]>;
    // The badges' shadow roots are closed: read and click inside them through WebDriver BiDi.
    const pressed = (page: FirefoxPage, id: string) =>
      inBadge<string | null>(page, id, `(root) => root.querySelector('button.save')?.getAttribute('aria-pressed')`);
    const planText = (page: FirefoxPage) =>
      page.evaluate(`[...document.querySelectorAll('[data-testid="rl-plan-lean"], [data-testid="rl-plan-item"]')].map((e) => e.textContent).join('|')`) as Promise<string>;

    it('saves from the board, shows the jobs and the plan, exports, and the plan changes on removal', async () => {
      const missing = firefoxMissingMessage();
      if (missing) throw new Error(missing);
      const session = await launchFirefoxWithExtension(target);
      try {
        const board = await boardTab(session.browser);
        await board.goto(DEMO_LIST_URL, { waitUntil: 'load' });
        await waitForBadgeCount(board, postings.length);
        for (const posting of [management, administration]) {
          // A real click (BiDi input actions) on the star inside the badge's shadow root.
          await clickInBadge(board, posting.id, 'button.save');
          await expect.poll(() => pressed(board, posting.id), { timeout: 10_000 }).toBe('true');
        }
        const page = await shortlistTab(session.browser);
        await expect.poll(() => storedKeys(page)).toEqual([keyOf(administration.id), keyOf(management.id)]);
        await waitForSelectorThroughNavigation(page, '[data-testid="rl-saved-job"]');
        expect(await page.$$eval('[data-testid="rl-saved-job"]', (els) => els.length)).toBe(2);
        const before = await planText(page);
        expect(before).toMatch(/^Across your 2 saved jobs: /);

        // Export: the page hands the file to the browser as a Blob; read that Blob back.
        await page.evaluate(`(() => {
          const create = URL.createObjectURL.bind(URL);
          window.__exports = [];
          URL.createObjectURL = (blob) => { window.__exports.push(blob); return create(blob); };
        })()`);
        await page.click('[data-testid="rl-shortlist-export-json"]');
        exportedText = (await page.evaluate(`window.__exports[0].text()`)) as string;
        expect(JSON.parse(exportedText).jobs.map((j: { key: string }) => j.key)).toEqual([keyOf(administration.id), keyOf(management.id)]);

        await page.click(`[data-key="${keyOf(administration.id)}"] [data-testid="rl-job-remove"]`);
        await expect.poll(() => storedKeys(page)).toEqual([keyOf(management.id)]);
        const after = await planText(page);
        expect(after).toMatch(/^Across your 1 saved job: /);
        expect(after).not.toBe(before);
        // The board's star follows the shortlist.
        await expect.poll(() => pressed(board, administration.id)).toBe('false');
      } finally {
        await session.close();
      }
    });

    it('imports the export into a fresh profile', async () => {
      const missing = firefoxMissingMessage();
      if (missing) throw new Error(missing);
      expect(exportedText).not.toBe('');
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'rolelens-shortlist-')), 'shortlist.json');
      writeFileSync(file, exportedText);
      const session = await launchFirefoxWithExtension(target);
      try {
        const page = await shortlistTab(session.browser);
        expect(await storedKeys(page)).toEqual([]);
        const input = await page.$('[data-testid="rl-shortlist-import"]');
        await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
        await expect.poll(() => storedKeys(page)).toEqual([keyOf(administration.id), keyOf(management.id)]);
        const stored = await page.evaluate(`browser.storage.local.get('shortlist').then((r) => r.shortlist.jobs)`);
        expect(stored).toEqual(JSON.parse(exportedText).jobs);
        await waitForSelectorThroughNavigation(page, '[data-testid="rl-plan-item"]');
      } finally {
        await session.close();
        rmSync(path.dirname(file), { recursive: true, force: true });
      }
    });
  });
}
