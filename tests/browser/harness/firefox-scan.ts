// Firefox's "page scanned" signal (see scan.ts): the tab records live in the extension's session
// storage, read here through any open extension page of the same add-on.
import type { Page } from 'puppeteer-core';
import type { ScanReport } from './scan';

/** Waits until a page at `url` has been scanned; returns the scan. `extensionPage` is a moz-extension:// page. */
export async function waitForFirefoxScan(extensionPage: Page, url: string, timeoutMs = 20_000): Promise<ScanReport> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    // A string, not a function: the test transform may wrap functions in helpers the page lacks.
    last = await extensionPage
      .evaluate(
        `browser.storage.session.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('tab:')).map((k) => all[k] && all[k].scan).find((s) => s && s.url === ${JSON.stringify(url)}) || null)`,
      )
      .catch(() => null);
    if (last) return last as ScanReport;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The page at ${url} was never scanned; last: ${JSON.stringify(last)}`);
}
