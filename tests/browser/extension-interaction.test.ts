// Badge accessibility, live settings, evidence highlighting and the popup's scroll request, in
// real Chromium with the built extension.
declare const chrome: {
  tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> };
  runtime: { getContexts(filter: object): Promise<unknown[]> };
};
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { classify, criteria } from '../../src/classifier';
import { launchExtension, type ExtensionHarness } from './harness';
import { evaluateInBadge, readBadges, waitForBadges } from './harness/badges';
import { readTabView } from './harness/tab-view';
import { sendToTab, writeSettings } from './harness/messages';
import { greenhouseJobPage, postings } from './harness/pages';

describe('badge interaction in Chromium', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function openJob(index: number) {
    const job = postings[index]!;
    const url = `https://job-boards.greenhouse.io/acme/jobs/${job.id}`;
    const page = await ext.servePage(url, greenhouseJobPage(job));
    await waitForBadges(page, { until: (b) => b.length === 1 });
    return { page, job, url };
  }

  it('is reachable with the keyboard and has an accessible name with tag and confidence', async () => {
    const { page } = await openJob(0);
    const name = (await readBadges(page))[0]?.accessibleName;
    expect(name).toMatch(/^RoleLens: (Management|Administration|Balanced|not a healthcare).*Open explanation$/);
    // Tab from the top of the page lands on the badge's button (the page has no other focusables).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('rolelens-badge');
    expect(await evaluateInBadge(page, (root) => root.activeElement?.localName)).toBe('button');
    const tooltip = await evaluateInBadge(page, (root) => root.querySelector('[role="tooltip"]')?.textContent);
    expect(tooltip?.length).toBeGreaterThan(0);
  });

  it('records the tab state in session storage for the popup', async () => {
    const { page, job, url } = await openJob(1);
    const tabId = await ext.tabIdFor(page);
    // A record of job ids; the posting's text is kept once, in the ledger's entry it names.
    const state = await readTabView(ext, tabId);
    expect(state?.url).toBe(url);
    expect(JSON.stringify(state?.record)).not.toContain(job.title);
    expect(state?.detailJobId).toBe(job.id);
    expect(state?.postings.map((p) => [p.jobId, p.kind, p.posting.title])).toEqual([[job.id, 'detail', job.title]]);
  });

  it('opens the explanation for the posting when the badge is activated with Enter', async () => {
    const { page, job } = await openJob(0);
    const tabId = await ext.tabIdFor(page);
    await page.keyboard.press('Tab'); // the badge's button is the page's only focusable element
    await page.keyboard.press('Enter');
    const session = await (async () => {
      for (let i = 0; i < 50; i++) {
        const s = await ext.readStorage('session');
        if (s.explainRequest) return s;
        await page.waitForTimeout(100);
      }
      return ext.readStorage('session');
    })();
    expect(session.explainRequest).toMatchObject({ tabId, jobId: job.id });
    // Either the action popup opened, or (where openPopup() is refused) popup.html?tab=&job= in a tab.
    const expectedTab = `chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}&job=${job.id}`;
    const sw = await ext.serviceWorker();
    let shown = '';
    for (let i = 0; i < 50 && !shown; i++) {
      shown = await sw.evaluate(async (url) => {
        const popups = await chrome.runtime.getContexts({ contextTypes: ['POPUP'] });
        if (popups.length) return 'popup';
        const tabs = await chrome.tabs.query({});
        return tabs.some((t) => (t.pendingUrl ?? t.url) === url) ? 'tab' : '';
      }, expectedTab);
      if (!shown) await page.waitForTimeout(100);
    }
    expect(['popup', 'tab']).toContain(shown);
  });

  it('re-renders badges live when the display settings change', async () => {
    const { page } = await openJob(0);
    const before = (await waitForBadges(page))[0]!;
    const settings = defaultSettings();
    const percent = Number(/(\d+)%/.exec(before.text)?.[1] ?? '100');
    expect(before.label !== 'not_applicable' && percent < 95).toBe(true); // the invented posting is a clear tag
    settings.display.minConfidence = 0.95; // the highest allowed minimum: this verdict falls under it
    await writeSettings(ext, settings);
    const after = await waitForBadges(page, { until: (b) => /Unsure/.test(b[0]?.text ?? '') });
    expect(after[0]?.text).toMatch(/Unsure \d+%/);
    await writeSettings(ext, defaultSettings());
    const restored = await waitForBadges(page, { until: (b) => b[0]?.text === before.text });
    expect(restored[0]?.text).toBe(before.text);
  });

  it('re-classifies open tabs when the classifier settings change, and the badge follows', async () => {
    const { page } = await openJob(0);
    const tabId = await ext.tabIdFor(page);
    const stateOf = async () => (await readTabView(ext, tabId))!;
    const before = (await stateOf()).postings[0]!;
    // Ignore every management criterion: the verdict must move, and match the classifier's own.
    const settings = defaultSettings();
    for (const c of criteria) if (c.side === 'management') settings.classifier.weights[c.id] = 0;
    const expected = classify(before.posting, settings.classifier);
    expect(expected.confidence !== before.verdict.confidence || expected.label !== before.verdict.label).toBe(true);
    await writeSettings(ext, settings);
    let after = before;
    for (let i = 0; i < 50 && after.verdict.confidence === before.verdict.confidence && after.verdict.label === before.verdict.label; i++) {
      await page.waitForTimeout(100);
      after = (await stateOf()).postings[0]!;
    }
    expect([after.verdict.label, after.verdict.confidence]).toEqual([expected.label, expected.confidence]);
    const badges = await waitForBadges(page, { until: (b) => b[0]?.label === expected.label });
    expect(badges[0]?.label).toBe(expected.label);
    if (expected.label !== 'not_applicable') expect(badges[0]?.text).toContain(`${Math.round(expected.confidence * 100)}%`);
    await writeSettings(ext, defaultSettings());
  });

  it('removes its badges when the board is switched off in settings, and brings them back when on', async () => {
    const { page, job } = await openJob(2);
    const settings = defaultSettings();
    settings.sites.enabled.greenhouse = false;
    await writeSettings(ext, settings);
    expect(await waitForBadges(page, { until: (b) => b.length === 0, timeoutMs: 8000 })).toEqual([]);
    await writeSettings(ext, defaultSettings());
    const back = await waitForBadges(page, { until: (b) => b.length === 1, timeoutMs: 8000 });
    expect(back.map((b) => b.jobId)).toEqual([job.id]);
  });

  it('highlights a quoted sentence of the posting and scrolls to it, without touching site nodes', async () => {
    const { page, job } = await openJob(0);
    const tabId = await ext.tabIdFor(page);
    const htmlBefore = await page.locator('.job__description').innerHTML();
    const sentence = job.description[1]!;
    const ok = await sendToTab<boolean>(ext, tabId, 'highlightEvidence', { jobId: job.id, sentence, cue: 'budget' });
    expect(ok).toBe(true);
    const highlighted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      const ranges = registry?.get('rolelens');
      if (ranges) return [...ranges].map((r) => r.toString()).join('|');
      return [...document.querySelectorAll('rolelens-overlay')].length ? 'overlay' : '';
    });
    // Chromium has the CSS Custom Highlight API: the range is registered, no overlay needed.
    expect(highlighted).toBe(sentence);
    expect(await page.locator('.job__description').innerHTML()).toBe(htmlBefore);
    const missing = await sendToTab<boolean>(ext, tabId, 'highlightEvidence', { jobId: job.id, sentence: 'Not in this posting at all.', cue: 'zzz' });
    expect(missing).toBe(false);
  });

  it('scrolls to a posting on request and outlines it briefly', async () => {
    const { page, job } = await openJob(1);
    const tabId = await ext.tabIdFor(page);
    expect(await sendToTab<boolean>(ext, tabId, 'scrollToPosting', { jobId: job.id })).toBe(true);
    expect(await page.locator('rolelens-overlay[data-kind="outline"]').count()).toBe(1);
    expect(await sendToTab<boolean>(ext, tabId, 'scrollToPosting', { jobId: 'no-such-job' })).toBe(false);
  });
});
