// The extension makes no network request at all: pages are served at their real addresses by
// the harness, and every other request (from the page, the content script or the service
// worker) is aborted and recorded. Our invented pages load nothing themselves, so anything
// recorded here came from the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './harness';
import { waitForBadges } from './harness/badges';
import { writeSettings } from './harness/messages';
import { greenhouseJobPage, postings } from './harness/pages';
import { defaultSettings } from '../../src/settings/schema';

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
    for (const job of postings) {
      const page = await ext.servePage(`https://job-boards.greenhouse.io/acme/jobs/${job.id}`, greenhouseJobPage(job));
      const badges = await waitForBadges(page, { until: (b) => b.length === 1 });
      expect(badges.map((b) => b.jobId)).toEqual([job.id]);
      await page.keyboard.press('Tab'); // the explanation button, the first control on the page
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
    }
    const settings = defaultSettings();
    settings.display.badgeStyle = 'full';
    settings.classifier.balancedBand = 0.3;
    await writeSettings(ext, settings);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ext.blockedRequests).toEqual([]);
  });
});
