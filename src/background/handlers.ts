// The background's message router: classify batches for a tab and remember them (passing full
// verdicts on to other open tabs), answer the popup, open explanations, keep the any-page script
// registered as the settings say, and re-classify open tabs when the settings or corrections change.
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type PageScan, type ScanOutcome } from '../messaging/protocol';
import { watchEffectiveClassifierSettings } from '../user-data/effective-settings';
import { loadSettings, watchSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { syncAnyPageScript } from './any-page-script';
import { classifyPageBatch } from './classify-page';
import { settingsKey, type ClassifyService } from './classify-service';
import { openExplanation } from './explanation';
import { clearFullVerdicts } from './full-verdict-store';
import { asEarlierFullVerdict } from './full-verdicts';
import { jobScope } from './job-scope';
import { shareFullVerdicts } from './share-full-verdicts';
import { setSavedFromTab } from './shortlist-save';
import { mergeTabState } from './tab-state';
import { clearTabState, readSettledTabState, readTabState, storedTabIds, updateTabState } from './tab-store';

const SCAN_OUTCOMES: readonly unknown[] = ['postings', 'wall', 'empty', 'off'] satisfies ScanOutcome[];

function isPageScan(value: unknown): value is PageScan {
  const scan = value as Partial<PageScan> | null | undefined;
  return !!scan && SCAN_OUTCOMES.includes(scan.outcome) && typeof scan.jobs === 'number' && Number.isFinite(scan.jobs);
}

/** boardMatches: the manifest content script's patterns (the any-page script excludes them). */
export function registerBackgroundHandlers(service: ClassifyService, boardMatches: string[]): void {
  onMessage('classifyPostings', async ({ data, sender }) => {
    const page = { siteId: data?.siteId ?? null, url: String(data?.url ?? '') };
    const results = await classifyPageBatch(service, page, Array.isArray(data?.postings) ? data.postings : []);
    const tabId = sender.tab?.id;
    if (tabId !== undefined && tabId >= 0) {
      // Not awaited: the badges need the verdicts, not the record, and writing 100 verdicts to
      // session storage took 16–47 ms of a cold page's wait (up to 150 ms under load). The write
      // is queued per tab, and getTabState reads after it (readSettledTabState).
      void updateTabState(tabId, (previous) =>
        mergeTabState(
          previous,
          {
            url: page.url,
            siteId: page.siteId,
            results,
            pageId: data.pageId,
            fromSubframe: (sender.frameId ?? 0) !== 0,
            ...(isPageScan(data?.scan) ? { scan: data.scan } : {}),
          },
          Date.now(),
        ),
      ).catch(() => undefined);
    }
    const scope = jobScope(page.siteId, page.url);
    if (scope) void shareFullVerdicts(scope, results, tabId).catch(() => undefined);
    return results;
  });

  onMessage('getTabState', ({ data }) => readSettledTabState(data.tabId));

  onMessage('setSaved', ({ data, sender }) => {
    // The popup names its tab (and may itself be open in a tab); a badge's tab is the sender's.
    const tabId = typeof data.tabId === 'number' ? data.tabId : sender.tab?.id;
    if (tabId === undefined || typeof data.jobId !== 'string')
      return { ok: false as const, message: 'RoleLens could not tell which posting to save.' };
    return setSavedFromTab({ tabId, jobId: data.jobId, saved: data.saved !== false, link: typeof data.link === 'string' ? data.link : undefined });
  });

  onMessage('openExplanation', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await openExplanation(tabId, data.jobId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
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

  // Settings or corrections changed: re-classify only when the effective classifier settings
  // differ (the popup's tag filter and badge style change settings too, but no verdict).
  let lastSettings: string | null = null;
  void service.currentSettings().then((s) => (lastSettings ??= settingsKey(s))).catch(() => undefined);
  watchEffectiveClassifierSettings((settings) => {
    const key = settingsKey(settings);
    if (key === lastSettings) return;
    lastSettings = key;
    service.invalidate();
    void reclassifyOpenTabs(service);
  });
}

/**
 * Re-makes every stored tab's verdicts and pushes them to the tab's content script. The session's
 * full verdicts were made with the old settings: they are dropped, and the ones open tabs show
 * are re-made from the full postings the tab states hold.
 */
export async function reclassifyOpenTabs(service: ClassifyService): Promise<void> {
  await clearFullVerdicts().catch(() => undefined);
  for (const tabId of await storedTabIds()) {
    const state = await readTabState(tabId);
    if (!state?.postings.length) continue;
    const earlier = new Set(state.postings.filter((p) => p.readInFullEarlier).map((p) => p.jobId));
    // A card showing an earlier full verdict holds that full posting: re-make it in full.
    const reports = state.postings.map((p) => ({
      jobId: p.jobId,
      kind: earlier.has(p.jobId) ? ('detail' as const) : p.kind,
      posting: p.posting,
    }));
    const made = await classifyPageBatch(service, { siteId: state.siteId, url: state.url }, reports);
    const results = made.map((r) => (earlier.has(r.jobId) && r.kind === 'detail' ? asEarlierFullVerdict(r) : r));
    await updateTabState(tabId, (previous) =>
      mergeTabState(previous, { url: previous?.url ?? state.url, siteId: state.siteId, results, fromSubframe: true }, Date.now()),
    );
    await sendMessage('verdictsUpdated', { postings: results }, tabId).catch(() => undefined);
  }
}
