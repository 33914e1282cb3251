// A badge asked for its explanation: open the popup on that posting. action.openPopup() works
// without a user gesture in current Chrome; where it is refused (Firefox, older Chrome, no
// focused window) the popup page opens in a tab with ?tab=&job= instead.
import { storage } from '#imports';
import { browser } from 'wxt/browser';

/** What the popup shows first when it opens: written before opening it. */
export const explainRequestItem = storage.defineItem<{ tabId: number; jobId: string; at: number } | null>(
  'session:explainRequest',
  { fallback: null },
);

/** The popup page in a tab, told which posting to show (the popup reads ?tab=&job=). */
function explanationPageUrl(tabId: number, jobId: string): string {
  return `${browser.runtime.getURL('/popup.html')}?tab=${tabId}&job=${encodeURIComponent(jobId)}`;
}

export async function openExplanation(tabId: number, jobId: string): Promise<'popup' | 'tab'> {
  await explainRequestItem.setValue({ tabId, jobId, at: Date.now() });
  const action = (browser as unknown as { action?: { openPopup?: () => Promise<void> } }).action
    ?? (browser as unknown as { browserAction?: { openPopup?: () => Promise<void> } }).browserAction;
  try {
    if (!action?.openPopup) throw new Error('no openPopup');
    await action.openPopup();
    return 'popup';
  } catch {
    await browser.tabs.create({ url: explanationPageUrl(tabId, jobId) });
    return 'tab';
  }
}
