// The popup in real Chromium with the built extension: opened as popup.html?tab=<id> on invented
// job pages, it shows the tag, quotes the page's own sentences, suggests training that differs
// between a management and an administration posting, and offers "Read this page" / paste where
// no posting is recognised. Screenshots go to test-results/ (light and dark) for a human to look at.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, repoRoot, type ExtensionHarness } from './harness';
import { readBadges, waitForBadges } from './harness/badges';
import { readTabView } from './harness/tab-view';
import { jobPostingJsonLd } from './harness/pages';
import { readPageInTab } from '../../src/ui/popup/read-page';
import {
  EXTENSION_UUID,
  firefoxMissingMessage,
  waitForSelectorThroughNavigation,
  type FirefoxTarget,
  launchFirefoxWithExtension,
  type FirefoxSession,
} from './harness/firefox';

const screenshots = path.join(repoRoot, 'test-results');

interface InventedJob {
  id: string;
  title: string;
  company: string;
  paragraphs: string[];
}

// Our own invented postings (no real posting text), in a Greenhouse-style job page.
const managementJob: InventedJob = {
  id: '8101',
  title: 'Vice President of Strategy and Operations',
  company: 'Northfield Health System',
  paragraphs: [
    'Northfield Health System is looking for a leader to shape the future of care across our hospitals.',
    'You will set the strategic direction for operations across the organization and lead long-term planning with the executive team.',
    'You will own the annual operating budget and make decisions on capital investments in new technology.',
    'You will inspire and motivate managers, resolve conflicts and build a positive workplace culture.',
    'You will serve as a bridge between executives, physicians and nurses so that every department is aligned with organizational goals.',
    'Benefits: tuition support for leadership programmes, a pension plan and paid time off.',
  ],
};

const administrationJob: InventedJob = {
  id: '8102',
  title: 'Practice Administrator',
  company: 'Willow Creek Family Medicine',
  paragraphs: [
    'Willow Creek Family Medicine is a busy primary care practice.',
    'You will oversee the day-to-day operations of the front office and supervise the scheduling team.',
    'You will maintain patient records in the electronic health record and support billing and coding staff.',
    'You will ensure compliance with HIPAA and other patient privacy rules, and handle staff onboarding.',
    'You will coordinate patient services, including admissions and discharge paperwork.',
  ],
};

function jobPage(job: InventedJob): string {
  const paragraphs = job.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${job.title}</title></head>
<body><main><div class="job__title"><h1>${job.title}</h1><span class="job__location">Springfield · ${job.company}</span></div>
<div class="job__description body">${paragraphs}</div></main></body></html>`;
}

/** A careers page no adapter reads, with the posting only as JSON-LD and a line of text. */
function jsonLdPage(job: InventedJob): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>
${jobPostingJsonLd(job)}</head>
<body><p>Careers at ${job.company}. Apply below.</p></body></html>`;
}

/** A classic Greenhouse board: one div.opening card per job, linking to /jobs/<id>. */
function boardPage(cards: { id: string; title: string }[]): string {
  const openings = cards
    .map((c) => `<div class="opening"><a data-mapped="true" href="/willowcreek/jobs/${c.id}">${c.title}</a><br><span class="location">Springfield</span></div>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs at Willow Creek Health</title></head>
<body><div id="main"><h1>Current openings</h1><section class="level-0">${openings}</section></div></body></html>`;
}

const boardCards = [
  { id: '9101', title: 'Vice President of Strategy and Operations' },
  { id: '9102', title: 'Practice Administrator' },
  { id: '9103', title: 'Medical Office Administrator' },
  { id: '9104', title: 'Registered Nurse, Night Shift' },
];

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function popupFor(ext: ExtensionHarness, page: Page, job?: string): Promise<Page> {
  const tabId = await ext.tabIdFor(page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const query = job ? `?tab=${tabId}&job=${encodeURIComponent(job)}` : `?tab=${tabId}`;
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html${query}`);
  return popup;
}

/** What the popup shows first (400×600, the popup's size) and the whole of it. */
async function shoot(popup: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await popup.screenshot({ path: path.join(screenshots, `${name}.png`) });
  await popup.screenshot({ path: path.join(screenshots, `${name}-full.png`), fullPage: true });
}

describe('popup in Chromium', () => {
  let ext: ExtensionHarness;
  const training: Record<string, string[]> = {};

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function explain(job: InventedJob) {
    const url = `https://job-boards.greenhouse.io/acme/jobs/${job.id}`;
    const page = await ext.servePage(url, jobPage(job));
    await waitForBadges(page, { until: (b) => b.length === 1 && b[0]!.mode !== 'card' });
    const popup = await popupFor(ext, page);
    await popup.getByTestId('rl-label').waitFor();
    await popup.getByTestId('rl-training').first().waitFor();
    return { page, popup };
  }

  it.each([
    ['management', managementJob, 'Management-leaning'],
    ['administration', administrationJob, 'Administration-leaning'],
  ] as const)('explains the %s posting with the tag and ≥3 verbatim quotes from the page', async (name, job, label) => {
    const { page, popup } = await explain(job);
    expect(await popup.getByTestId('rl-label').textContent()).toBe(label);
    const pageText = collapse(await page.locator('body').innerText());
    const quotes = (await popup.getByTestId('rl-quote').allTextContents()).map(collapse);
    const verbatim = quotes.filter((q) => pageText.includes(q));
    expect(verbatim.length, `quotes: ${JSON.stringify(quotes)}`).toBeGreaterThanOrEqual(3);
    // The cue is emphasised inside the quote.
    expect(await popup.locator('[data-testid=rl-quote] mark').count()).toBeGreaterThanOrEqual(3);
    const meter = popup.getByRole('meter');
    expect(Number(await meter.getAttribute('aria-valuenow')) * (name === 'management' ? 1 : -1)).toBeGreaterThan(0);

    training[name] = await popup.getByTestId('rl-training').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    expect(training[name]).toHaveLength(3);
    await shoot(popup, `popup-${name}-light`);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, `popup-${name}-dark`);
    await popup.close();
    await page.close();
  });

  it('wraps long unbroken words instead of scrolling sideways (detail and list views)', async () => {
    const long = 'Supercalifragilistic'.repeat(250); // 5,000 characters, no break opportunity
    const job: InventedJob = {
      ...managementJob,
      id: '8199',
      title: `Vice President ${long}`,
      company: `Northfield${long}`,
      paragraphs: managementJob.paragraphs.map((p, i) => (i === 1 ? p.replace('the organization', `the organization ${long}`) : p)),
    };
    const { page, popup } = await explain(job);
    const overflow = () => popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await popup.getByText(long.slice(0, 40), { exact: false }).count()).toBeGreaterThan(0); // the long word is shown
    expect(await overflow()).toBeLessThanOrEqual(0);
    await popup.close();
    await page.close();

    const board = await ext.servePage('https://boards.greenhouse.io/willowcreek-long', boardPage([{ id: '9199', title: `Director ${long}` }, ...boardCards.slice(0, 1)]));
    await waitForBadges(board, { until: (b) => b.length === 2 });
    const list = await popupFor(ext, board);
    await list.getByTestId('rl-list').waitFor();
    expect(await list.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await list.close();
    await board.close();
  });

  it('suggests different training for the management and the administration posting', () => {
    expect(training.management).toBeDefined();
    expect(training.administration).toBeDefined();
    expect(training.management!.filter((id) => training.administration!.includes(id))).toEqual([]);
  });

  it('highlights a quoted sentence on the page when its evidence item is selected', async () => {
    const { page, popup } = await explain(managementJob);
    // The first quote of the description (title quotes have no sentence in the description).
    const item = popup.getByTestId('rl-evidence').filter({ hasNotText: 'in the title' }).first();
    const quote = collapse((await item.getByTestId('rl-quote').textContent()) ?? '');
    expect(collapse(await page.locator('.job__description').innerText())).toContain(quote);
    await item.getByRole('button').click();
    await expect.poll(() => popup.getByTestId('rl-highlight-status').textContent()).toBe('Highlighted on the page.');
    // Keyboard: the evidence items are buttons in the tab order.
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => document.activeElement?.tagName);
    expect(focused).toBe('BUTTON');
    await popup.close();
    await page.close();
  });

  it('on a list page counts the tags, lists the postings, scrolls to one, and filters the cards', async () => {
    const page = await ext.servePage('https://boards.greenhouse.io/willowcreek', boardPage(boardCards));
    await waitForBadges(page, { until: (b) => b.length === boardCards.length });
    const popup = await popupFor(ext, page);
    await popup.getByTestId('rl-list').waitFor();

    const rows = popup.getByTestId('rl-posting');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id')))).toEqual(boardCards.map((c) => c.id));
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
    // The popup's tags are the page's badges.
    const badges = (await readBadges(page)).map((b) => b.label ?? '');
    expect(labels).toEqual(badges);
    expect(labels[0]).toBe('management');
    expect(labels[1]).toBe('administration');
    for (const label of new Set(labels)) {
      const count = popup.getByTestId('rl-count').and(popup.locator(`[data-label="${label}"]`));
      expect(await count.textContent()).toContain(String(labels.filter((l) => l === label).length));
    }
    await shoot(popup, 'popup-list');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, 'popup-list-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    await rows.nth(2).getByTitle('Scroll to this posting').click();
    await popup.waitForTimeout(300);

    // Keep management: the other cards are hidden on the page, then shown again.
    await popup.getByTestId('rl-tag-filter-label').selectOption('management');
    await popup.getByTestId('rl-tag-filter-mode').selectOption('hide');
    const hidden = () => page.locator('div.opening').evaluateAll((els) => els.map((e) => getComputedStyle(e).display === 'none'));
    await expect.poll(hidden, { timeout: 10_000 }).toEqual(labels.map((l) => l !== 'management'));
    await popup.getByTestId('rl-tag-filter-label').selectOption('');
    await expect.poll(hidden, { timeout: 10_000 }).toEqual(labels.map(() => false));

    // "Why?" opens that posting's explanation in the popup.
    await rows.nth(1).getByRole('button', { name: /^Why\?/ }).click();
    expect(await popup.getByTestId('rl-label').textContent()).toBe('Administration-leaning');
    await popup.close();
    await page.close();
  });

  it('on an unsupported page says so, explains when it may not read it, and classifies a pasted posting', async () => {
    // A Greenhouse address whose page no adapter recognises: the posting is only in JSON-LD.
    const page = await ext.servePage('https://boards.greenhouse.io/acme/careers', jsonLdPage(administrationJob));
    const popup = await popupFor(ext, page);
    await popup.getByTestId('rl-unsupported').waitFor({ timeout: 10_000 });
    await shoot(popup, 'popup-unsupported');

    // Opened as a tab, not from the toolbar button, the popup holds no activeTab grant: Chromium
    // refuses the injection, and the popup says so plainly and keeps the paste box.
    await popup.getByTestId('rl-read-page').click();
    await expect
      .poll(async () => ((await popup.getByTestId('rl-label').count()) ? 'read' : await popup.getByTestId('rl-error').textContent()), { timeout: 10_000 })
      .toMatch(/^(read|RoleLens may not read this page\. .*paste the posting below)/);

    await popup.getByTestId('rl-paste').fill([managementJob.title, ...managementJob.paragraphs].join('\n'));
    await popup.getByTestId('rl-paste-submit').click();
    await popup.getByTestId('rl-label').waitFor();
    expect(await popup.getByTestId('rl-label').textContent()).toBe('Management-leaning');
    const quotes = (await popup.getByTestId('rl-quote').allTextContents()).map(collapse);
    expect(quotes.filter((q) => managementJob.paragraphs.some((p) => p.includes(q))).length).toBeGreaterThanOrEqual(3);
    await shoot(popup, 'popup-pasted');
    await popup.close();
    await page.close();
  });

  it('reads a JSON-LD posting with the self-contained injected function, in the real page', async () => {
    // executeScript serialises the function on its own, as page.evaluate does: any reference to
    // the module around it would throw here.
    const page = await ext.servePage('https://boards.greenhouse.io/acme/careers/2', jsonLdPage(administrationJob));
    const result = await page.evaluate(readPageInTab);
    expect(result).toMatchObject({ title: administrationJob.title, company: administrationJob.company, source: 'json-ld' });
    expect(collapse(result!.description)).toBe(collapse(administrationJob.paragraphs.join(' ')));
    await page.close();
  });
});

// The site adapters' own fixture pages (tests/fixtures/fixtures.json) that show a posting in full:
// the popup explains that posting, and every quote stands in the page (whitespace aside: the
// adapters read text across block elements).
interface FixturePage {
  file: string;
  url: string;
  cards: number;
  detail: string | null;
  badges?: boolean;
  anyJobPostingPage?: boolean;
}
const fixturesFile = path.join(repoRoot, 'tests/fixtures/fixtures.json');
const detailFixtures: FixturePage[] = existsSync(fixturesFile)
  ? (JSON.parse(readFileSync(fixturesFile, 'utf8')) as { pages: FixturePage[] }).pages.filter(
      // iCIMS shows its posting inside an iframe; the generic JSON-LD reader needs a permission.
      (f) => f.detail !== null && f.badges !== false && !f.anyJobPostingPage && !f.file.startsWith('icims'),
    )
  : [];
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(detailFixtures.length === 0)('popup on the adapters’ fixture pages (Chromium)', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const fixture of detailFixtures) {
    it(`${fixture.file}: explains the posting shown in full with quotes from the page`, async () => {
      const page = await ext.servePage(fixture.url, { file: path.join('tests/fixtures', fixture.file) });
      const tabId = await ext.tabIdFor(page);
      await expect
        .poll(async () => (await readTabView(ext, tabId))?.detailJobId ?? null, { timeout: 20_000 })
        .not.toBeNull();
      const popup = await popupFor(ext, page);
      await popup.getByTestId('rl-label').waitFor();
      const label = await popup.getByTestId('rl-label').getAttribute('data-label');
      expect(['management', 'administration', 'balanced', 'not_applicable']).toContain(label);
      const pageText = squeeze(await page.locator('body').innerText());
      const quotes = (await popup.getByTestId('rl-quote').allTextContents()).map(squeeze);
      if (label !== 'not_applicable') expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(pageText, `quote not in the page: ${q}`).toContain(q);
      if (fixture.cards > 0) {
        expect(await popup.getByText(/^All \d+ postings on this page$/).count()).toBe(1);
        await shoot(popup, `popup-fixture-${fixture.file.replace(/\.html$/, '')}`);
      }
      await popup.close();
      await page.close();
    });
  }
});

// Both Firefox builds: MV3 has an event-page background and MV3's host permission model.
for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
  describe(`popup in Firefox ESR (${target})`, () => {
    let session: FirefoxSession | undefined;
    let browser: FirefoxBrowser | undefined;
    const served = new Map<string, string>();

    beforeAll(async () => {
      if (firefoxMissingMessage()) return; // the test then fails with the message
      session = await launchFirefoxWithExtension(target);
      browser = session.browser;
    });
    afterAll(async () => {
      await session?.close();
    });

    async function servedPage(url: string, html: string): Promise<FirefoxPage> {
      served.set(url, html);
      const page = await browser!.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = served.get(request.url());
        if (body !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        return void request.abort('blockedbyclient');
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }

    it('shows the tag and quotes the page for the tab it is opened for', async () => {
      const missing = firefoxMissingMessage();
      if (missing) throw new Error(missing);
      const url = `https://job-boards.greenhouse.io/acme/jobs/${administrationJob.id}`;
      const page = await servedPage(url, jobPage(administrationJob));
      // Strings, not functions: the test transform may wrap functions in helpers the page lacks.
      await page.waitForFunction(`document.querySelectorAll('rolelens-badge').length === 1`, { timeout: 20_000, polling: 100 });

      // Navigation to moz-extension:// resolves unreliably through BiDi: start it, then wait for content.
      const popup = await browser!.newPage();
      void popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`).catch(() => undefined);
      await waitForSelectorThroughNavigation(popup, '[data-testid=rl-unsupported]');
      // From the extension page, find the job tab's id and open the popup for it (?tab=). Without
      // the "tabs" permission Firefox hides other tabs' URLs, so read it from the background's
      // per-tab record in session storage (keys "tab:<id>").
      const tabId = await popup.evaluate(
        `browser.storage.session.get(null).then((all) => { const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k] && all[k].url === ${JSON.stringify(url)}); return key ? Number(key.slice(4)) : undefined; })`,
      );
      expect(typeof tabId).toBe('number');
      void popup.evaluate(`location.href = 'popup.html?tab=${String(tabId)}'`).catch(() => undefined);
      await waitForSelectorThroughNavigation(popup, '[data-testid=rl-label]');

      expect(await popup.$eval('[data-testid=rl-label]', (e) => e.textContent)).toBe('Administration-leaning');
      const pageText = collapse(await page.$eval('body', (b) => (b as HTMLElement).innerText));
      const quotes = (await popup.$$eval('[data-testid=rl-quote]', (qs) => qs.map((q) => q.textContent ?? ''))).map(collapse);
      expect(quotes.filter((q) => pageText.includes(q)).length).toBeGreaterThanOrEqual(3);
      await popup.setViewport({ width: 400, height: 600 });
      mkdirSync(screenshots, { recursive: true });
      await popup.screenshot({ path: path.join(screenshots, `popup-${target}-administration.png`) });
      await popup.close();
      await page.close();
    });
  });
}
