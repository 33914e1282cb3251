// The options page of the built extension in real Chromium: settings apply live to an open job
// page, a bad import changes nothing, export → import round-trips exactly, and a correction
// changes later verdicts until it is forgotten.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { readBadges, waitForBadges, type BadgeInfo } from './harness/badges';
import {
  EXTENSION_UUID,
  firefoxMissingMessage,
  waitForSelectorThroughNavigation,
  type FirefoxTarget,
  launchFirefoxWithExtension,
  type FirefoxSession,
} from './harness/firefox';
import { greenhouseJobPage, postings } from './harness/pages';

const job = postings[0]!; // a management-leaning invented posting
const jobUrl = `https://job-boards.greenhouse.io/riverside/jobs/${job.id}`;

/** Polls the page's single badge until `ok` holds. */
async function badgeUntil(page: Page, ok: (b: BadgeInfo) => boolean, what: string): Promise<BadgeInfo> {
  const deadline = Date.now() + 20_000;
  let last: BadgeInfo | undefined;
  while (Date.now() < deadline) {
    [last] = await readBadges(page);
    if (last && ok(last)) return last;
    await page.waitForTimeout(150);
  }
  throw new Error(`Badge never became ${what}; last seen: ${JSON.stringify(last)}`);
}

/** Moves a range input the way a user's drag does (Playwright cannot fill a range). */
async function setRange(options: Page, testId: string, value: number): Promise<void> {
  await options.locator(`[data-testid="${testId}"]`).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/**
 * Stored user data (not per-tab caches other features keep in local storage). Each write's
 * revision stamp (the `rev` beside the version in "settings$") is left out: it is not user data.
 */
async function userData(ext: ExtensionHarness): Promise<Record<string, unknown>> {
  const all = await ext.readStorage('local');
  const keep = ['settings', 'settings$', 'corrections', 'corrections$', 'userCatalogue', 'userCatalogue$', 'notices'];
  return Object.fromEntries(
    Object.entries(all)
      .filter(([k]) => keep.includes(k) || k.startsWith('backup:'))
      .map(([k, v]) => [k, k.endsWith('$') && v && typeof v === 'object' ? { ...v, rev: undefined } : v]),
  );
}

interface StoredSettings {
  classifier: { weights: Record<string, number> };
  display: { badgeStyle: string; notApplicable: string };
}

const storedSettings = async (ext: ExtensionHarness) => (await ext.readStorage('local')).settings as StoredSettings | undefined;
const storedCorrections = async (ext: ExtensionHarness) => ((await ext.readStorage('local')).corrections as unknown[] | undefined) ?? [];

/**
 * Polls storage until the stored settings satisfy `ok`. Waits for the write itself: the page's
 * "saved" status may still read so from an earlier step, before a debounced save has even begun.
 */
async function settingsSaved(ext: ExtensionHarness, ok: (s: StoredSettings) => boolean, what: string): Promise<StoredSettings> {
  const deadline = Date.now() + 15_000;
  let last: StoredSettings | undefined;
  while (Date.now() < deadline) {
    last = await storedSettings(ext);
    if (last && ok(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Settings never stored ${what}; last stored: ${JSON.stringify(last)}`);
}

/** Default weights are stored as no overrides at all. */
const defaultWeights = (s: StoredSettings) => Object.keys(s.classifier.weights).length === 0;

describe('options page in Chromium', () => {
  let ext: ExtensionHarness;
  let jobPage: Page;
  let options: Page;
  let managementIds: string[];

  beforeAll(async () => {
    ext = await launchExtension();
    jobPage = await ext.servePage(jobUrl, greenhouseJobPage(job));
    await waitForBadges(jobPage, { until: (b) => b.length === 1 });
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('[data-testid^="rl-weight-"]').first().waitFor();
    managementIds = await options
      .locator('fieldset:has(legend:text("Management criteria")) input[type=range]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid!));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('changing weights re-tags the open job page without a reload; reset all brings it back', async () => {
    const before = await badgeUntil(jobPage, (b) => b.label === 'management', 'management');
    expect(managementIds.length).toBeGreaterThan(3);
    for (const id of managementIds) await setRange(options, id, 0);
    await settingsSaved(ext, (s) => managementIds.every((id) => s.classifier.weights[id.slice('rl-weight-'.length)] === 0), 'every management weight at 0');
    const after = await badgeUntil(jobPage, (b) => b.label !== 'management', 'something other than management');
    expect(after.text).not.toBe(before.text);

    await options.locator('[data-testid="rl-reset-all"]').click();
    await settingsSaved(ext, defaultWeights, 'default weights');
    const restored = await badgeUntil(jobPage, (b) => b.label === 'management', 'management again');
    expect(restored.text).toBe(before.text);
    expect(ext.blockedRequests).toEqual([]);
  });

  it('moving every slider with no pause between moves stores every value and shows it', async () => {
    // All in one task: every input event fires before the page has saved (or heard) anything.
    const moved = await options.locator('input[type=range][data-testid^="rl-weight-"]').evaluateAll((els) => {
      const values = [0, 0.5, 1.5, 2, 2.5, 3, 0.2, 2.8];
      return els.map((el, i) => {
        const input = el as HTMLInputElement;
        const value = values[i % values.length]!;
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return [input.dataset.testid!.slice('rl-weight-'.length), value] as const;
      });
    });
    expect(moved.length).toBeGreaterThan(10);
    const expected = Object.fromEntries(moved);
    const sameWeights = (w: Record<string, number>) =>
      Object.keys(w).length === moved.length && moved.every(([id, value]) => w[id] === value);
    await settingsSaved(ext, (s) => sameWeights(s.classifier.weights), `all ${moved.length} weights as moved`);
    await expect.poll(() => options.getByTestId('rl-save-status').getAttribute('data-state')).toBe('saved');
    for (const [id, value] of moved) expect(await options.locator(`[data-testid="rl-weight-${id}"]`).inputValue()).toBe(String(value));

    await options.locator('[data-testid="rl-reset-all"]').click();
    await settingsSaved(ext, defaultWeights, 'default weights');
  });

  it('works from the keyboard: arrow keys move a weight, Tab reaches its reset, Enter presses it', async () => {
    const id = managementIds[2]!;
    const slider = options.locator(`[data-testid="${id}"]`);
    await slider.focus();
    await options.keyboard.press('ArrowRight');
    await options.keyboard.press('ArrowRight');
    const criterionId = id.slice('rl-weight-'.length);
    await settingsSaved(ext, (s) => Math.abs((s.classifier.weights[criterionId] ?? 1) - 1.2) < 1e-9, `${criterionId} at 1.2`);
    // Its reset button is the next stop in tab order after the slider.
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`${id}-reset`);
    await options.keyboard.press('Enter');
    await settingsSaved(ext, defaultWeights, 'default weights');
  });

  it('a bad import shows what is wrong and leaves storage unchanged', async () => {
    await options.locator('[data-testid="rl-badge-style-full"]').check();
    await settingsSaved(ext, (s) => s.display.badgeStyle === 'full', 'the full badge style');
    const before = await userData(ext);
    const bad = {
      format: 'rolelens-export',
      version: 2,
      settings: { classifier: { weights: { [managementIds[0]!.slice('rl-weight-'.length)]: 42 } } },
      corrections: [],
      catalogue: {},
    };
    await options.locator('[data-testid="rl-import"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const error = options.locator('[data-testid="rl-import-error"]');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/between 0 and 3, got 42/);
    expect(await userData(ext)).toEqual(before);

    await options.locator('[data-testid="rl-import"]').setInputFiles({
      name: 'notjson.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ not json'),
    });
    await expect.poll(() => error.textContent()).toMatch(/not valid JSON/);
    expect(await userData(ext)).toEqual(before);
  });

  it('export then import round-trips exactly', async () => {
    // Something in each of the three parts: settings, a correction, the catalogue.
    await setRange(options, managementIds[1]!, 2.2);
    await options.locator('[data-testid="rl-not-applicable-hide"]').check();
    await options.locator('[data-testid="rl-held-input"]').fill('MHA');
    await options.locator('[data-testid="rl-held-add"]').click();
    await options.locator('[data-testid="rl-preview-input"]').fill(`${postings[1]!.title}\n${postings[1]!.description.join(' ')}`);
    await options.locator('[data-testid="rl-preview-correct-balanced"]').click();
    await expect.poll(() => options.locator('[data-testid="rl-corrections-count"]').getAttribute('data-count')).toBe('1');
    const weightId = managementIds[1]!.slice('rl-weight-'.length);
    await settingsSaved(ext, (s) => s.classifier.weights[weightId] === 2.2 && s.display.notApplicable === 'hide', 'the weight and the hidden not-applicable tags');
    await expect.poll(() => userData(ext)).toMatchObject({ userCatalogue: { held: ['MHA'] }, corrections: [{ label: 'balanced' }] });
    const saved = await userData(ext);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-testid="rl-export"]').click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'rolelens-export', settings: saved.settings });

    // Change things, then import the file back.
    await options.locator('[data-testid="rl-reset-all"]').click();
    await options.locator('[data-testid="rl-forget-corrections"]').click();
    await settingsSaved(ext, defaultWeights, 'default weights');
    await expect.poll(() => storedCorrections(ext)).toEqual([]);
    await options.locator('[data-testid="rl-import"]').setInputFiles({
      name: 'rolelens.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await options.locator('[data-testid="rl-transfer-status"]').waitFor();
    await expect.poll(() => userData(ext)).toEqual(saved);
    // The page shows the imported values too.
    await expect
      .poll(() => options.locator(`[data-testid="${managementIds[1]}"]`).inputValue())
      .toBe('2.2');

    const [again] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-testid="rl-export"]').click(),
    ]);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(readFileSync((await again.path())!, 'utf8'))).toEqual(strip(exported));
  });

  it('a correction changes later verdicts (preview and open page); forgetting restores them', async () => {
    await options.locator('[data-testid="rl-reset-all"]').click();
    const forget = options.locator('[data-testid="rl-forget-corrections"]');
    if ((await forget.count()) > 0) await forget.click();
    await expect.poll(() => options.locator('[data-testid="rl-corrections-count"]').getAttribute('data-count')).toBe('0');
    await settingsSaved(ext, defaultWeights, 'default weights');
    await expect.poll(() => storedCorrections(ext)).toEqual([]);
    const pageBefore = await badgeUntil(jobPage, (b) => b.label === 'management', 'management');

    await options.locator('[data-testid="rl-preview-input"]').fill(`${job.title}\n${job.description.join(' ')}`);
    const lean = options.locator('[data-testid="rl-preview-lean"]');
    await lean.waitFor();
    const leanBefore = Number(await lean.getAttribute('data-lean'));
    expect(leanBefore).toBeGreaterThan(0);

    await options.locator('[data-testid="rl-preview-correct-administration"]').click();
    await expect.poll(() => options.locator('[data-testid="rl-corrections-count"]').getAttribute('data-count')).toBe('1');
    await expect.poll(async () => Number(await lean.getAttribute('data-lean'))).toBeLessThan(leanBefore);
    const stored = (await ext.readStorage('local')).corrections as { label: string }[];
    expect(stored.map((c) => c.label)).toEqual(['administration']);
    // The open page is re-classified with the learned weights.
    await badgeUntil(jobPage, (b) => b.text !== pageBefore.text, 'changed by the correction');

    await options.locator('[data-testid="rl-forget-corrections"]').click();
    await expect.poll(async () => Number(await lean.getAttribute('data-lean'))).toBe(leanBefore);
    await badgeUntil(jobPage, (b) => b.text === pageBefore.text, 'as before the correction');
    expect((await ext.readStorage('local')).corrections).toEqual([]);
  });
});

// The same options page in Firefox ESR (both builds): it renders, a weight change is stored, and
// the live preview classifies. Driven through WebDriver BiDi (puppeteer-core).
for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  describe(`options page in Firefox ESR (${target})`, () => {
    let session: FirefoxSession | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
      if (firefoxMissingMessage()) return;
      session = await launchFirefoxWithExtension(target);
      browser = session.browser;
    });
    afterAll(async () => {
      await session?.close();
    });

    it('stores a weight change and previews a pasted posting', async () => {
      const missing = firefoxMissingMessage();
      if (missing) throw new Error(missing);
      const page = await browser!.newPage();
      // Awaiting goto on a moz-extension page never resolves under BiDi; wait for the content instead.
      void page.goto(`moz-extension://${EXTENSION_UUID}/options.html`).catch(() => undefined);
      await waitForSelectorThroughNavigation(page, '[data-testid="rl-preview-input"]');
      const weightId = await page.$eval('input[type=range][data-testid^="rl-weight-"]', (el) =>
        (el as HTMLElement).dataset.testid!.slice('rl-weight-'.length),
      );
      // Strings, not functions: the test transform may wrap functions in helpers the page lacks.
      await page.evaluate(`(() => {
        const input = document.querySelector('[data-testid="rl-weight-${weightId}"]');
        input.value = '2.5';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      })()`);
      // Polls the stored value: the save status reads "saved" before the debounced write as well.
      await expect
        .poll(() => page.evaluate(`browser.storage.local.get('settings').then((r) => r.settings.classifier.weights)`), {
          timeout: 10_000,
        })
        .toEqual({ [weightId]: 2.5 });

      await page.type('[data-testid="rl-preview-input"]', `${job.title}\n${job.description.join(' ')}`);
      await page.waitForSelector('[data-testid="rl-preview-label"]');
      const label = await page.$eval('[data-testid="rl-preview-label"]', (el) => (el as HTMLElement).dataset.label);
      expect(['management', 'administration', 'balanced', 'not_applicable', 'unsure']).toContain(label);
    });
  });
}
