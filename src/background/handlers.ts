// The background's message router: each page's batch goes to the ledger (which answers at once
// and keeps what it can), badges open their explanations, the any-page script follows the
// settings, and when the effective classifier settings change every open board page is asked to
// report its postings again (the ledger re-makes their verdicts; the pages re-badge).
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type PageScan, type ScanOutcome } from '../shared/protocol';
import { settingsSignature } from '../shared/posting-signature';
import type { Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/store';
import { watchEffectiveClassifierSettings } from '../user-data/effective-settings';
import { syncAnyPageScript } from './any-page-script';
import type { ClassifyService } from './classify-service';
import { openExplanation } from './explanation';
import type { Ledger } from './ledger';
import type { LedgerStore } from './ledger-store';
import { setSavedFromTab } from './shortlist-save';

const SCAN_OUTCOMES: readonly unknown[] = ['postings', 'wall', 'empty', 'off'] satisfies ScanOutcome[];

function isPageScan(value: unknown): value is PageScan {
  const scan = value as Partial<PageScan> | null | undefined;
  return !!scan && SCAN_OUTCOMES.includes(scan.outcome) && typeof scan.jobs === 'number' && Number.isFinite(scan.jobs);
}

/** boardMatches: the manifest content script's patterns (the any-page script excludes them). */
export function registerBackgroundHandlers(service: ClassifyService, ledger: Ledger, store: LedgerStore, boardMatches: string[]): void {
  onMessage('classifyPostings', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    return ledger.report({
      url: String(data?.url ?? ''),
      siteId: typeof data?.siteId === 'string' ? data.siteId : null,
      reports: Array.isArray(data?.postings) ? data.postings : [],
      ...(typeof data?.pageId === 'string' ? { pageId: data.pageId } : {}),
      ...(isPageScan(data?.scan) ? { scan: data.scan } : {}),
      ...(tabId !== undefined && tabId >= 0 ? { tabId } : {}),
      ...((sender.frameId ?? 0) !== 0 ? { fromSubframe: true } : {}),
    });
  });

  onMessage('setSaved', ({ data, sender }) => {
    // The popup names its tab (and may itself be open in a tab); a badge's tab is the sender's.
    const tabId = typeof data.tabId === 'number' ? data.tabId : sender.tab?.id;
    if (tabId === undefined || typeof data.jobId !== 'string')
      return { ok: false as const, message: 'RoleLens could not tell which posting to save.' };
    return setSavedFromTab(
      { tabId, jobId: data.jobId, saved: data.saved !== false, link: typeof data.link === 'string' ? data.link : undefined },
      (tab, jobId) => ledger.tabPosting(tab, jobId),
    );
  });

  onMessage('openExplanation', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await openExplanation(tabId, data.jobId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void store.removeTab(tabId).catch(() => undefined);
  });

  // The optional any-page content script follows the setting and the permission.
  const syncAnyPage = (settings?: Settings) =>
    void (settings ? Promise.resolve(settings) : loadSettings())
      .then((s) => syncAnyPageScript(s, boardMatches))
      .catch(() => undefined);
  syncAnyPage();
  watchSettings((settings) => syncAnyPage(settings));
  browser.permissions.onAdded?.addListener(() => syncAnyPage());
  browser.permissions.onRemoved?.addListener(() => syncAnyPage());

  // Settings or corrections changed: only when the effective classifier settings differ (the
  // popup's tag filter and badge style change settings too, but no verdict).
  let lastSettings: string | null = null;
  void service.currentSettings().then((s) => (lastSettings ??= s.signature)).catch(() => undefined);
  watchEffectiveClassifierSettings((settings) => {
    const signature = settingsSignature(settings);
    if (signature === lastSettings) return;
    lastSettings = signature;
    service.invalidate();
    void ledger.tabsWithRecords().then((tabIds) =>
      Promise.all(tabIds.map((tabId) => sendMessage('rescan', {}, tabId).catch(() => undefined))),
    );
  });
}
