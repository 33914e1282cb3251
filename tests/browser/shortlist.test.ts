// The shortlist end to end in real Chromium with the built extension: jobs are saved from a board
// page (a card's star with the mouse, a job page's star from the keyboard, the popup's button),
// show on the shortlist page with the study plan, export as JSON and CSV, import into a fresh
// profile exactly, and the plan changes when a job is removed (and back on undo).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIST_URL, detailUrl, postings, renderDetail, renderList } from '../../demo/board.mjs';
import { launchExtension, repoRoot, servePage, type ExtensionHarness } from './harness';
import { waitForBadges } from './harness/badges';

const screenshots = path.join(repoRoot, 'test-results');
const ceo = postings.find((p) => p.title === 'Chief Executive Officer')!;
const others = postings.filter((p) => p !== ceo);
const host = new URL(DEMO_LIST_URL).hostname;
const keyOf = (id: string) => `workday@${host}#${id}`;

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
    ext = await launchExtension();
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
    const fresh = await launchExtension();
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
