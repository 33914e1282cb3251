// What the background keeps about a tab (its record, and the ledger entries it names), read from
// the extension's session storage and put together as the popup does (src/shared/tab-view.ts).
import type { LedgerEntry, TabRecord } from '../../../src/shared/session-items';
import { tabView, type TabView } from '../../../src/shared/tab-view';
import type { ExtensionHarness } from './index';

/** The session storage key (without its area) of a tab's record. */
export const tabRecordStorageKey = (tabId: number): string => `tab:${tabId}`;

export function viewFromStorage(session: Record<string, unknown>, tabId: number): (TabView & { record: TabRecord }) | null {
  const record = session[tabRecordStorageKey(tabId)] as TabRecord | undefined;
  if (!record) return null;
  const entries = new Map<string, LedgerEntry>();
  for (const job of record.jobs) {
    const entry = session[`job:${job.key}`] as LedgerEntry | undefined;
    if (entry) entries.set(job.key, entry);
  }
  return { ...tabView(record, entries), record };
}

export async function readTabView(ext: ExtensionHarness, tabId: number): Promise<(TabView & { record: TabRecord }) | null> {
  return viewFromStorage(await ext.readStorage('session'), tabId);
}
