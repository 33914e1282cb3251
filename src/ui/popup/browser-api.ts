// The popup's PopupApi in the extension: messages to the background and the tab, settings in
// storage, "Read this page" through scripting. Only the messaging is on the way to the first
// answer; settings, the catalogue and the classifier (for pasted or read text) are imported when
// first used, so the popup's first paint does not wait for them.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { Posting } from '../../classifier/types';
import { sendMessage, type ReportedPosting } from '../../shared/protocol';
import { entryStorageKey, explainRequestItem, tabRecordKey, type LedgerEntry, type TabRecord } from '../../shared/session-items';
import { savedKeysIn, SHORTLIST_STORAGE_KEY } from '../../shortlist/key';
import type { PopupApi, PopupTarget } from './api';
import { readPageInTab, type ReadPageResult } from './read-page';
import { readTabState } from './tab-state';

/** A badge's "open the explanation" request counts only while it is fresh. */
const REQUEST_MAX_AGE_MS = 60_000;

function parseTabParam(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

async function resolveTarget(): Promise<PopupTarget> {
  const params = new URLSearchParams(location.search);
  const tabId = parseTabParam(params.get('tab'));
  if (tabId !== null) return { tabId, jobId: params.get('job') };

  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const activeId = active?.id ?? null;
  let jobId: string | null = null;
  try {
    const request = await explainRequestItem.getValue();
    if (request && request.tabId === activeId && Date.now() - request.at < REQUEST_MAX_AGE_MS) {
      jobId = request.jobId;
      await explainRequestItem.setValue(null);
    }
  } catch {
    // No session storage (older browsers): the popup shows the tab's posting as usual.
  }
  return { tabId: activeId, jobId };
}

export const browserApi: PopupApi = {
  resolveTarget,

  watchTab(tabId, callback) {
    let stopped = false;
    let chain: Promise<void> = Promise.resolve();
    const sources = {
      record: () => storage.getItem<TabRecord>(tabRecordKey(tabId)),
      async entries(keys: string[]) {
        const found = new Map<string, LedgerEntry>();
        if (!keys.length) return found;
        const values = await storage.getItems(keys.map(entryStorageKey));
        values.forEach(({ value }, i) => value && found.set(keys[i]!, value as LedgerEntry));
        return found;
      },
      askPage: () => sendMessage('pagePostings', {}, tabId).catch(() => null),
      classify: (report: ReportedPosting) => browserApi.classifyLocally(report.posting, { titleOnly: report.kind === 'card' }),
    };
    // Reads run one after another, so a slow read never overwrites a newer one.
    const refresh = () => {
      chain = chain
        .then(() => readTabState(sources))
        .then((state) => void (stopped || callback(state)))
        .catch(() => void (stopped || callback(null)));
    };
    const stop = storage.watch(tabRecordKey(tabId), refresh);
    refresh();
    return () => {
      stopped = true;
      stop();
    };
  },

  async highlightEvidence(tabId, data) {
    return (await sendMessage('highlightEvidence', data, tabId)) === true;
  },

  async scrollToPosting(tabId, jobId) {
    return (await sendMessage('scrollToPosting', { jobId }, tabId)) === true;
  },

  async loadTagFilter() {
    const { loadSettings } = await import('../../settings/store');
    return (await loadSettings()).display.tagFilter;
  },

  async saveTagFilter(filter) {
    const { updateSettings } = await import('../../settings/store');
    await updateSettings((settings) => ({ ...settings, display: { ...settings.display, tagFilter: filter } }));
  },

  async loadTraining() {
    const [{ effectiveCatalogue }, { loadUserCatalogue }, { defaultCatalogue }] = await Promise.all([
      import('../../training/user-catalogue'),
      import('../../training/user-catalogue-store'),
      import('../../training/catalogue'),
    ]);
    const user = await loadUserCatalogue();
    return { catalogue: effectiveCatalogue(defaultCatalogue, user), held: user.held };
  },

  async readPage(tabId) {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: readPageInTab });
    const result = injection?.result as ReadPageResult | null | undefined;
    if (!result) return null;
    const posting: Posting = { title: result.title, description: result.description };
    if (result.company) posting.company = result.company;
    return posting;
  },

  async classifyLocally(posting, options) {
    const [{ classify }, { loadEffectiveClassifierSettings }] = await Promise.all([
      import('../../classifier'),
      import('../../user-data/effective-settings'),
    ]);
    return classify(posting, await loadEffectiveClassifierSettings(), options);
  },

  async setSaved(tabId, jobId, saved) {
    return sendMessage('setSaved', { tabId, jobId, saved });
  },

  watchSavedKeys(callback) {
    void storage.getItem(SHORTLIST_STORAGE_KEY).then((raw) => callback(savedKeysIn(raw)));
    return storage.watch(SHORTLIST_STORAGE_KEY, (raw) => callback(savedKeysIn(raw)));
  },

  async addCorrection(jobId, verdict, label, title, omitted) {
    const [{ addCorrection }, { loadSettings }] = await Promise.all([import('../../corrections/store'), import('../../settings/store')]);
    await addCorrection(jobId, verdict, label, (await loadSettings()).classifier.weights, { title, omitted });
  },
};
