// A positive "page scanned" signal for tests that assert that nothing happened on a page (a
// wall, a page nothing may read): the content script reports each scan's outcome to the
// background, which keeps it in the tab's record. Waiting for it replaces a fixed pause, which on
// a busy machine could end before the script had even run.
import type { Page } from 'playwright-core';
import type { ScanOutcome } from '../../../src/shared/protocol';
import type { TabRecord } from '../../../src/shared/session-items';
import { tabRecordStorageKey } from './tab-view';
import type { ExtensionHarness } from './index';

export interface ScanReport {
  outcome: ScanOutcome;
  jobs: number;
  url: string;
}

/** The last scan the tab's page reported, or null before its first scan. */
export async function readScan(ext: ExtensionHarness, tabId: number): Promise<ScanReport | null> {
  const record = (await ext.readStorage('session'))[tabRecordStorageKey(tabId)] as TabRecord | undefined;
  return record?.scan ?? null;
}

/** Waits until the page's content script has scanned the page at its current address. */
export async function waitForScan(ext: ExtensionHarness, page: Page, timeoutMs = 20_000): Promise<ScanReport> {
  const tabId = await ext.tabIdFor(page);
  const deadline = Date.now() + timeoutMs;
  let last: ScanReport | null = null;
  while (Date.now() < deadline) {
    last = await readScan(ext, tabId);
    if (last && last.url === page.url()) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The page at ${page.url()} was never scanned; last report: ${JSON.stringify(last)}`);
}
