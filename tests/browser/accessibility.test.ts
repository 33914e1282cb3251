// Accessibility of everything RoleLens draws, in real Chromium with the built extension, checked
// by axe-core (@axe-core/playwright) at WCAG 2.2 AA in light and dark: the popup (list,
// explanation, unsupported page), the options page (each section, with its forms, results and
// errors showing), the shortlist page, and a board page with badges and an open tooltip. No axe
// rule is switched off. Beside axe: the badge's accessible name says tag and confidence, colour
// is never the only signal, and Tab reaches every control, each with a visible focus ring.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIST_URL, detailUrl, postings, renderDetail, renderList } from '../../demo/board.mjs';
import { optionsSections } from '../../src/ui/options/sections';
import { launchExtension, servePage, type ExtensionHarness } from './harness';
import { axeBothSchemes, walkWithTab, type KeyboardWalk } from './harness/a11y';
import { readBadges, waitForBadges } from './harness/badges';

const require = createRequire(import.meta.url);
const ceo = postings.find((p) => p.title === 'Chief Executive Officer')!;
const billing = postings.find((p) => p.title === 'Billing and Coding Supervisor')!;
const OTHER_PAGE = 'https://www.example.org/about-us';

/** Every stop has a focus ring and nothing was left unreached. */
function expectKeyboardUsable(walk: KeyboardWalk, minimumStops: number): void {
  expect(walk.stops.length).toBeGreaterThanOrEqual(minimumStops);
  expect(walk.stops.filter((s) => !s.ring).map((s) => `${s.what}: outline ${s.outline}`)).toEqual([]);
  expect(walk.unreached).toEqual([]);
}

/** Every file of a built extension, recursively. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('accessibility in Chromium (axe-core, WCAG 2.2 AA, light and dark)', () => {
  let ext: ExtensionHarness;
  let board: Page;

  beforeAll(async () => {
    // The test build, whose badges' shadow roots are open: axe-core cannot look into the release
    // build's closed ones (src/content/badge-element.ts).
    ext = await launchExtension({ build: 'test-all-urls' });
    for (const p of postings) servePage(ext.context, detailUrl(p), renderDetail(p));
    servePage(ext.context, OTHER_PAGE, '<!doctype html><html lang="en"><head><title>About us</title></head><body><main><h1>About us</h1><p>We make furniture.</p></main></body></html>');
    board = await ext.servePage(DEMO_LIST_URL, renderList());
    await waitForBadges(board, { until: (b) => b.length === postings.length });
    // Two saved jobs, so the pressed star and the shortlist page have something to show.
    for (const p of [ceo, billing]) {
      const star = board.locator(`rolelens-badge[data-job-id="${p.id}"] button.save`);
      await star.click();
      await board.waitForFunction(
        (id) => document.querySelector(`rolelens-badge[data-job-id="${id}"]`)?.shadowRoot?.querySelector('button.save')?.getAttribute('aria-pressed') === 'true',
        p.id,
      );
    }
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('axe-core is in the tests only: the built extension holds none of it', () => {
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    expect(axeSource).toMatch(/dequelabs/); // the marker looked for below is really in axe
    const shipped = filesIn(ext.extensionDir).filter((f) => /dequelabs|axe\.run\(/.test(readFileSync(f, 'latin1')));
    expect(shipped).toEqual([]);
  });

  describe('board page with badges', () => {
    it('has no violations with a badge tooltip open', async () => {
      // Keyboard focus opens the tooltip (hover does too); :focus-visible needs a key press.
      await board.locator(`rolelens-badge[data-job-id="${ceo.id}"] button.save`).focus();
      await board.keyboard.press('Shift+Tab');
      const tip = board.locator(`rolelens-badge[data-job-id="${ceo.id}"] [role="tooltip"]`);
      await expect.poll(() => tip.evaluate((el) => getComputedStyle(el).display)).toBe('block');
      expect(await axeBothSchemes(board)).toEqual([]);
    });

    it('names each badge with its tag and confidence, and each star with its posting', async () => {
      const badges = await readBadges(board);
      for (const b of badges) {
        const name = b.accessibleName ?? '';
        if (b.label === 'not_applicable') expect(name).toMatch(/^RoleLens: not a healthcare management or administration role/);
        else expect(name).toMatch(/^RoleLens: (Management|Administration|Balanced) \d+% confidence/);
        // Label in name: what the badge shows is part of its name.
        expect(name.toLowerCase()).toContain(b.text.replace(/^[▲■◆○?]\s*/, '').trim().toLowerCase());
        // The accessibility tree agrees (the name is computed by Chromium, through the shadow root).
        const badge = board.locator(`rolelens-badge[data-job-id="${b.jobId}"]`);
        await expect(badge.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
        const title = postings.find((p) => p.id === b.jobId)!.title;
        await expect(badge.getByRole('button', { name: `Save to your RoleLens shortlist: ${title}`, exact: true }).count()).resolves.toBe(1);
      }
    });

    it('never uses colour alone: each tag has its own shape and words, saved stars another shape', async () => {
      const seen = await board.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('rolelens-badge')].map((b) => {
          const root = b.shadowRoot!;
          return {
            label: root.querySelector('.badge')!.getAttribute('data-label')!, // the verdict's state sits inside the root
            // The tag's icon: its SVG path (the one the popup draws for the tag).
            icon: root.querySelector('.icon path')!.getAttribute('d')!,
            words: root.querySelector('.text')!.textContent!,
            star: root.querySelector('button.save')!.textContent!,
            pressed: root.querySelector('button.save')!.getAttribute('aria-pressed'),
          };
        }),
      );
      const byLabel = new Map<string, Set<string>>();
      for (const s of seen) byLabel.set(s.label, new Set([...(byLabel.get(s.label) ?? []), `${s.icon}|${s.words.replace(/\s*\d+%$/, '')}`]));
      expect(byLabel.size).toBeGreaterThanOrEqual(3);
      // One shape and one word per tag, different from every other tag's.
      for (const forms of byLabel.values()) expect(forms.size).toBe(1);
      const forms = [...byLabel.values()].map((f) => [...f][0]!);
      expect(new Set(forms.map((f) => f.split('|')[0])).size).toBe(forms.length);
      expect(new Set(forms.map((f) => f.split('|')[1])).size).toBe(forms.length);
      expect(new Set(seen.filter((s) => s.pressed === 'true').map((s) => s.star))).toEqual(new Set(['★']));
      expect(new Set(seen.filter((s) => s.pressed === 'false').map((s) => s.star))).toEqual(new Set(['☆']));
    });

    it('Tab reaches every badge and star, each with a visible focus ring', async () => {
      const walk = await walkWithTab(board);
      const ours = walk.stops.filter((s) => s.inBadge);
      // Two stops per posting: the badge and its star.
      expect(ours).toHaveLength(postings.length * 2);
      expect(ours.filter((s) => !s.ring)).toEqual([]);
      expect(walk.unreached).toEqual([]);
    });
  });

  describe('popup', () => {
    it('list of a board page', async () => {
      const popup = await ext.openPopup(await ext.tabIdFor(board));
      await popup.locator('[data-testid="rl-list"]').waitFor();
      expect(await axeBothSchemes(popup)).toEqual([]);
      expectKeyboardUsable(await walkWithTab(popup), postings.length * 2);
      await popup.close();
    });

    it('explanation of a job page', async () => {
      const page = await ext.servePage(detailUrl(ceo), renderDetail(ceo));
      await waitForBadges(page, { until: (b) => b.some((x) => x.mode === 'full') });
      const popup = await ext.openPopup(await ext.tabIdFor(page));
      await popup.locator('[data-testid="rl-label"]').waitFor();
      await popup.locator('[data-testid="rl-training"]').first().waitFor();
      expect(await axeBothSchemes(popup)).toEqual([]);
      expectKeyboardUsable(await walkWithTab(popup), 8);
      await popup.close();
      await page.close();
    });

    it('a page RoleLens does not read', async () => {
      const page = await ext.context.newPage();
      await page.goto(OTHER_PAGE);
      const popup = await ext.openPopup(await ext.tabIdFor(page));
      // The popup asks the background a few times before it settles on "not a job board".
      await popup.locator('textarea').waitFor({ timeout: 15_000 });
      expect(await axeBothSchemes(popup)).toEqual([]);
      expectKeyboardUsable(await walkWithTab(popup), 3);
      await popup.close();
      await page.close();
    });
  });

  describe('options page', () => {
    let options: Page;

    beforeAll(async () => {
      options = await ext.context.newPage();
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await options.locator('[data-testid="rl-preview-input"]').waitFor();
      // Each section with what it can show: a preview with its result, a correction learned,
      // a custom cue's sample preview, "what I hold", a catalogue entry being edited, an import error.
      await options.locator('[data-testid="rl-preview-input"]').fill(`${ceo.title}\n${ceo.summary} ${ceo.duties.join(' ')}`);
      await options.locator('[data-testid="rl-preview-correct-balanced"]').click();
      await options.locator('[data-testid="rl-corrections-count"][data-count="1"]').waitFor();
      await options.locator('[data-testid="rl-cue-phrase"]').fill('service line growth');
      await options.locator('[data-testid="rl-cue-preview"]').waitFor();
      await options.locator('[data-testid="rl-held-input"]').fill('MHA');
      await options.locator('[data-testid="rl-held-add"]').click();
      await options.locator('[data-testid="rl-training-list"] li button').first().click();
      await options.locator('[data-testid="rl-import"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
      await options.locator('[data-testid="rl-import-error"]').waitFor({ state: 'visible' });
    });

    for (const section of optionsSections) {
      it(`section “${section.title}” (#${section.hash})`, async () => {
        expect(await axeBothSchemes(options, { include: `#${section.hash}` })).toEqual([]);
      });
    }

    it('the whole page: section list, header, filter box (filtering too)', async () => {
      expect(await axeBothSchemes(options)).toEqual([]);
      await options.locator('[data-testid="rl-options-filter"]').fill('billing');
      await options.locator('[data-testid="rl-options-filter-result"] a').first().waitFor();
      expect(await axeBothSchemes(options)).toEqual([]);
      await options.locator('[data-testid="rl-options-filter"]').fill('');
    });

    it('Tab reaches every control, each with a visible focus ring', async () => {
      expectKeyboardUsable(await walkWithTab(options, 600), 100);
    });

    it('opens at the weights from the popup’s link, the weights heading focused', async () => {
      const popup = await ext.openPopup(await ext.tabIdFor(board));
      const href = await popup.locator('[data-testid="rl-open-weights"]').getAttribute('href');
      await popup.close();
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}${href}`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('weights');
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="rl-nav-weights"]').getAttribute('aria-current')).toBe('true');
      await page.close();
    });
  });

  describe('shortlist page', () => {
    it('has no violations with jobs, an undo offer, a filter and an import error showing; Tab reaches everything', async () => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/shortlist.html`);
      await page.locator('[data-testid="rl-saved-job"]').first().waitFor();
      expect(await axeBothSchemes(page)).toEqual([]);
      await page.locator('[data-testid="rl-job-remove"]').first().click();
      await page.locator('[data-testid="rl-shortlist-undo"]').waitFor();
      await page.locator('[data-testid="rl-filter-tag"]').selectOption('management');
      await page.locator('[data-testid="rl-shortlist-import"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
      await page.locator('[data-testid="rl-shortlist-import-error"]').filter({ hasText: 'not imported' }).waitFor();
      expect(await axeBothSchemes(page)).toEqual([]);
      expectKeyboardUsable(await walkWithTab(page), 8);
      await page.locator('[data-testid="rl-shortlist-undo-button"]').click();
      await page.close();
    });
  });
});
