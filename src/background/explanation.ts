// A badge asked for its explanation: open the popup on that posting. action.openPopup() works
// without a user gesture in current Chrome; where it is refused (Firefox, older Chrome, no
// focused window) the popup page opens in a tab with ?tab=&job= instead: at most one such tab
// per board tab, re-used and focused on the next request, so no page can fill the window with them.
// (The badge already ignores clicks a page script makes; this is the second line of defence.)
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { explainRequestItem } from '../shared/session-items';

/**
 * The explanation tab opened for each board tab, as [board tab id, explanation tab id] pairs
 * (a list, not an object keyed by id: no prototype keys). Session storage, because the service
 * worker that opened the tab may have been stopped since.
 */
const explanationTabsItem = storage.defineItem<[number, number][]>('session:explanationTabs', { fallback: [] });

/** The popup page in a tab, told which posting to show (the popup reads ?tab=&job=). */
function explanationPageUrl(tabId: number, jobId: string): string {
  return `${browser.runtime.getURL('/popup.html')}?tab=${tabId}&job=${encodeURIComponent(jobId)}`;
}

async function rememberedTab(boardTabId: number): Promise<{ id: number; windowId?: number } | null> {
  const pairs = await explanationTabsItem.getValue();
  const id = Array.isArray(pairs) ? pairs.find((pair) => Array.isArray(pair) && pair[0] === boardTabId)?.[1] : undefined;
  if (typeof id !== 'number') return null;
  try {
    const tab = await browser.tabs.get(id);
    // Tab ids are not reused within a session; the URL check covers a tab navigated elsewhere.
    const url = tab.pendingUrl ?? tab.url;
    if (url && !url.startsWith(browser.runtime.getURL('/popup.html'))) return null;
    return { id, windowId: tab.windowId };
  } catch {
    return null; // closed since
  }
}

async function remember(boardTabId: number, explanationTabId: number): Promise<void> {
  const pairs = await explanationTabsItem.getValue();
  const others = (Array.isArray(pairs) ? pairs : []).filter((pair) => Array.isArray(pair) && pair[0] !== boardTabId);
  await explanationTabsItem.setValue([...others, [boardTabId, explanationTabId]]);
}

export type ExplanationShown = 'popup' | 'tab' | 'refocused';

async function openNow(tabId: number, jobId: string): Promise<ExplanationShown> {
  await explainRequestItem.setValue({ tabId, jobId, at: Date.now() });
  const action = (browser as unknown as { action?: { openPopup?: () => Promise<void> } }).action
    ?? (browser as unknown as { browserAction?: { openPopup?: () => Promise<void> } }).browserAction;
  try {
    if (!action?.openPopup) throw new Error('no openPopup');
    await action.openPopup();
    return 'popup';
  } catch {
    const url = explanationPageUrl(tabId, jobId);
    const existing = await rememberedTab(tabId);
    if (existing) {
      await browser.tabs.update(existing.id, { url, active: true });
      if (existing.windowId !== undefined) await browser.windows?.update(existing.windowId, { focused: true }).catch(() => undefined);
      return 'refocused';
    }
    const created = await browser.tabs.create({ url });
    if (created.id !== undefined) await remember(tabId, created.id);
    return 'tab';
  }
}

/** Requests per board tab, one after another: two quick ones must not both find "no tab yet". */
const queues = new Map<number, Promise<ExplanationShown>>();

export function openExplanation(tabId: number, jobId: string): Promise<ExplanationShown> {
  const next = (queues.get(tabId) ?? Promise.resolve<ExplanationShown>('popup'))
    .catch(() => 'popup' as const)
    .then(() => openNow(tabId, jobId));
  queues.set(tabId, next);
  const forget = () => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  };
  next.then(forget, forget);
  return next;
}
