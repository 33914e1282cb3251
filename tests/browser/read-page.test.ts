// "Read this page" end to end in real Chromium: the toolbar button is clicked on a page RoleLens
// has no adapter for (DevTools' Extensions.triggerAction, harness/action.ts), which grants
// activeTab for that tab and opens the real popup; the popup's button then injects the reader.
// JSON-LD JobPosting wins over the page text; without it the main text is read; a page with
// nothing to read says so. Screenshots go to test-results/ for a human to look at.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, repoRoot, type ExtensionHarness } from './harness';
import { clickAction, type ActionPopup } from './harness/action';
import { jobPostingJsonLd } from './harness/pages';

const screenshots = path.join(repoRoot, 'test-results');

// Invented postings (no real posting text).
const administration = {
  title: 'Practice Administrator',
  company: 'Willow Creek Family Medicine',
  paragraphs: [
    'Willow Creek Family Medicine is a busy primary care practice.',
    'You will oversee the day-to-day operations of the front office and supervise the scheduling team.',
    'You will maintain patient records in the electronic health record and support billing and coding staff.',
    'You will ensure compliance with HIPAA and other patient privacy rules, and handle staff onboarding.',
  ],
};

const management = {
  title: 'Vice President of Strategy and Operations',
  paragraphs: [
    'You will set the strategic direction for operations across the organization and lead long-term planning with the executive team.',
    'You will own the annual operating budget and make decisions on capital investments in new technology.',
    'You will inspire and motivate managers, resolve conflicts and build a positive workplace culture.',
  ],
};

/**
 * A careers page with the posting shown under a generic heading and described as JSON-LD: the
 * JSON-LD title differs from the page's h1, so the popup's title tells which source was read.
 */
const jsonLdPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>
${jobPostingJsonLd(administration)}</head>
<body><main><h1>Join our team</h1><article>${administration.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;

/** No structured data: the posting is the page's main; the navigation outside it names other duties. */
const textPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Open role</title></head>
<body><nav><a href="#">Billing office hours</a> · <a href="#">Medical records requests</a></nav>
<main><h1>${management.title}</h1>${management.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</main></body></html>`;

/** Nothing a reader could use: no title, an empty main. */
const emptyPage = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main><div></div></main></body></html>';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('"Read this page" from the toolbar button on an unsupported page (Chromium)', () => {
  let ext: ExtensionHarness;
  const opened: ActionPopup[] = [];

  beforeAll(async () => {
    ext = await launchExtension({ extensionDebugging: true });
  });
  afterAll(async () => {
    for (const popup of opened) await popup.close();
    await ext?.close();
  });

  /** Serves the page, clicks the toolbar button on it, and presses "Read this page". */
  async function readFromToolbar(url: string, html: string) {
    const page = await ext.servePage(url, html);
    const popup = await clickAction(ext, page);
    opened.push(popup);
    await popup.waitFor(`!!document.querySelector('[data-testid=rl-read-page]')`, 'the unsupported view with "Read this page"');
    await popup.click('[data-testid=rl-read-page]');
    return { page, popup };
  }

  const quotesIn = (popup: ActionPopup) =>
    popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid=rl-quote]')].map((q) => q.textContent)`);

  it('reads the JSON-LD JobPosting: its title, the tag, and quotes that stand in the page', async () => {
    const { page, popup } = await readFromToolbar('https://careers.willowcreek-medicine.example/jobs/practice-administrator', jsonLdPage);
    const label = await popup.waitFor<string>(`document.querySelector('[data-testid=rl-label]')?.textContent`, 'a tag');
    expect(label).toBe('Administration-leaning');
    expect(await popup.evaluate(`document.body.innerText.includes('Read from this page once')`)).toBe(true);
    // The JSON-LD title and company, not the page's h1.
    expect(collapse(await popup.evaluate<string>(`document.querySelector('[data-testid=rl-posting-title]').textContent`))).toBe(
      `${administration.title} · ${administration.company}`,
    );
    const pageText = collapse(await page.locator('body').innerText());
    const quotes = (await quotesIn(popup)).map(collapse);
    const fromDescription = quotes.filter((q) => q !== administration.title);
    expect(fromDescription.length, `quotes: ${JSON.stringify(quotes)}`).toBeGreaterThanOrEqual(3);
    for (const q of fromDescription) expect(pageText, 'quote stands verbatim in the page').toContain(q);
    await popup.screenshot(path.join(screenshots, 'popup-read-page-jsonld.png'));
    expect(ext.blockedRequests).toEqual([]);
  });

  it('without JSON-LD reads the main text: the h1 as title, quotes from the main only', async () => {
    const { page, popup } = await readFromToolbar('https://northfield-health.example/careers/vp-strategy', textPage);
    const label = await popup.waitFor<string>(`document.querySelector('[data-testid=rl-label]')?.textContent`, 'a tag');
    expect(label).toBe('Management-leaning');
    expect(collapse(await popup.evaluate<string>(`document.querySelector('[data-testid=rl-posting-title]').textContent`))).toBe(management.title);
    const mainText = collapse(await page.locator('main').innerText());
    const quotes = (await quotesIn(popup)).map(collapse).filter((q) => q !== management.title);
    expect(quotes.length, `quotes: ${JSON.stringify(quotes)}`).toBeGreaterThanOrEqual(3);
    for (const q of quotes) expect(mainText, 'quote from the main text').toContain(q);
    await popup.screenshot(path.join(screenshots, 'popup-read-page-text.png'));
    expect(ext.blockedRequests).toEqual([]);
  });

  it('on a page with nothing to read says so and keeps the paste box', async () => {
    const { popup } = await readFromToolbar('https://blank.example/', emptyPage);
    const error = await popup.waitFor<string>(`document.querySelector('[data-testid=rl-error]')?.textContent`, 'an error message');
    expect(error).toBe('RoleLens found no text to read on this page. Paste the posting below instead.');
    expect(await popup.evaluate(`document.querySelectorAll('[data-testid=rl-label]').length`)).toBe(0);
    expect(await popup.evaluate(`!!document.querySelector('[data-testid=rl-paste]')`)).toBe(true);
    expect(ext.blockedRequests).toEqual([]);
  });

  it('without the toolbar click the same popup may not read the page (the click is what grants it)', async () => {
    const page = await ext.servePage('https://northfield-health.example/careers/vp-strategy-2', textPage);
    const popup = await ext.openPopup(await ext.tabIdFor(page));
    await popup.getByTestId('rl-read-page').click();
    await expect.poll(() => popup.getByTestId('rl-error').textContent(), { timeout: 10_000 }).toMatch(/^RoleLens may not read this page\./);
    expect(await popup.getByTestId('rl-label').count()).toBe(0);
    await popup.close();
  });
});
