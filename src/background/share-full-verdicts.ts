// A posting was just read in full: other open tabs whose cards show that job from its title only
// get the full verdict at once (opening a job in a new tab from a results list is the common way
// to read it; going back to the list must not show the provisional tag).
import { browser } from 'wxt/browser';
import { sendMessage, type TabPosting } from '../messaging/protocol';
import { verdictStrength } from '../messaging/verdict-strength';
import { asEarlierFullVerdict } from './full-verdicts';
import { jobScope } from './job-scope';
import { mergeTabState } from './tab-state';
import { readTabStates, updateTabState } from './tab-store';

export async function shareFullVerdicts(scope: string, results: readonly TabPosting[], fromTabId?: number, now = Date.now()): Promise<void> {
  const full = new Map(
    results.filter((r) => r.kind === 'detail' && r.verdict.mode === 'full').map((r) => [r.jobId, asEarlierFullVerdict(r)]),
  );
  if (!full.size) return;
  const tabIds = (await browser.tabs.query({}))
    .map((t) => t.id)
    .filter((id): id is number => id !== undefined && id >= 0 && id !== fromTabId);
  for (const [tabId, state] of await readTabStates(tabIds)) {
    if (jobScope(state.siteId, state.url) !== scope) continue;
    const updates = state.postings.filter((p) => verdictStrength(p) === 0 && full.has(p.jobId)).map((p) => full.get(p.jobId)!);
    if (!updates.length) continue;
    // fromSubframe: the tab keeps its page and address; the merge keeps one entry per job.
    await updateTabState(tabId, (previous) =>
      previous ? mergeTabState(previous, { url: previous.url, siteId: previous.siteId, results: updates, fromSubframe: true }, now) : null,
    );
    await sendMessage('verdictsUpdated', { postings: updates }, tabId).catch(() => undefined);
  }
}
