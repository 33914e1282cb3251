// The extension makes no network request at all: pages are served at their real addresses by
// the harness, and every other request (from the page, the content script or the service
// worker) is aborted and recorded. Our invented pages load nothing themselves, so anything
// recorded here came from the extension.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabRecord } from '../../src/shared/session-items';
import { launchExtension, type ExtensionHarness } from './harness';
import { readBadges, waitForBadges } from './harness/badges';
import { writeSettings } from './harness/messages';
import { greenhouseJobPage, postings } from './harness/pages';
import { defaultSettings } from '../../src/settings/schema';

/** When the background last wrote each tab's record. */
async function updatedAt(ext: ExtensionHarness, tabIds: number[]): Promise<number[]> {
  const session = await ext.readStorage('session');
  return tabIds.map((id) => (session[`tab:${id}`] as TabRecord | undefined)?.updatedAt ?? 0);
}

/** Runs `click` and waits until the badge's explanation request reached the background. */
async function explanationOpened(ext: ExtensionHarness, tabId: number, click: () => Promise<void>): Promise<boolean> {
  const pagesBefore = ext.context.pages().length;
  await click();
  // The background records the request for the popup, then opens the popup or a tab.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const request = (await ext.readStorage('session')).explainRequest as { tabId?: number } | null | undefined;
    if (request?.tabId === tabId || ext.context.pages().length > pagesBefore) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('no network', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('records a request when one is made (the recorder works, from a page and from the service worker)', async () => {
    const page = await ext.servePage('https://job-boards.greenhouse.io/probe/jobs/1', '<!doctype html><p>probe</p>');
    await page.evaluate(() => fetch('https://tracker.invalid/page-probe').catch(() => null));
    const sw = await ext.serviceWorker();
    await sw.evaluate(() => fetch('https://tracker.invalid/worker-probe').catch(() => null));
    const urls = ext.blockedRequests.map((r) => r.url);
    expect(urls).toContain('https://tracker.invalid/page-probe');
    expect(urls).toContain('https://tracker.invalid/worker-probe');
    expect(ext.blockedRequests.find((r) => r.url.endsWith('worker-probe'))?.fromServiceWorker).toBe(true);
    ext.blockedRequests.length = 0;
    await page.close();
  });

  it('badging, classifying, settings changes and explanations send nothing anywhere', async () => {
    const pages: Page[] = [];
    /** What each page's badge should say once "Unsure" applies below 90 % confidence. */
    const expected: string[] = [];
    for (const job of postings) {
      const page = await ext.servePage(`https://job-boards.greenhouse.io/acme/jobs/${job.id}`, greenhouseJobPage(job));
      const badges = await waitForBadges(page, { until: (b) => b.length === 1 });
      expect(badges.map((b) => b.jobId)).toEqual([job.id]);
      const percent = Number(/(\d+)%/.exec(badges[0]!.text)?.[1] ?? 100);
      expected.push(badges[0]!.label !== 'not_applicable' && percent < 90 ? 'Unsure' : badges[0]!.text);
      const tabId = await ext.tabIdFor(page);
      // The user's own activation (a page script's click is ignored): the explanation button is the first control.
      const opened = await explanationOpened(ext, tabId, async () => {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      });
      expect(opened, 'the badge opened its explanation').toBe(true);
      pages.push(page);
    }
    const tabIds = await Promise.all(pages.map((page) => ext.tabIdFor(page)));
    const settings = defaultSettings();
    settings.display.minConfidence = 0.9;
    expect(expected, 'at least one badge turns "Unsure"').toContain('Unsure');
    settings.classifier.balancedBand = 0.3;
    const before = await updatedAt(ext, tabIds);
    await writeSettings(ext, settings);
    // Both effects have happened (no pause): every page re-rendered with the new display settings,
    // and the background re-classified every open tab with the new classifier settings.
    for (const [i, page] of pages.entries()) {
      await expect.poll(async () => (await readBadges(page))[0]?.text ?? '', { timeout: 20_000 }).toContain(expected[i]);
    }
    await expect.poll(async () => (await updatedAt(ext, tabIds)).every((at, i) => at > before[i]!), { timeout: 20_000 }).toBe(true);
    expect(ext.blockedRequests).toEqual([]);
  });
});
