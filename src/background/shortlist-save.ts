// Save to (or take off) the shortlist a posting RoleLens tagged in a tab: the badge's save button
// and the popup both ask here, so the snapshot is always built from the tab's record (and the
// ledger's entry it names) the same way.
import { criterionById } from '../classifier/criteria';
import { effectiveCatalogue } from '../training/user-catalogue';
import { loadUserCatalogue } from '../training/user-catalogue-store';
import { savedJobKey } from '../shortlist/key';
import { savedJobFrom } from '../shortlist/saved-job';
import { removeJob, saveJob, type ShortlistOutcome } from '../shortlist/store';
import { pageDataAdapters, siteAdapters } from '../sites/registry';
import { defaultCatalogue } from '../training/catalogue';
import type { TabPosting } from '../shared/protocol';
import type { TabRecord } from '../shared/session-items';

export interface SaveRequest {
  tabId: number;
  jobId: string;
  /** true = save, false = take off the shortlist. */
  saved: boolean;
  /** The posting's own address where the page shows one (a card's link); else the page's address. */
  link?: string;
}

function boardName(siteId: string): string {
  return [...siteAdapters, ...pageDataAdapters].find((a) => a.id === siteId)?.name ?? siteId;
}

/** A tab's posting as the ledger keeps it (Ledger.tabPosting), or null. */
export type TabPostingLookup = (tabId: number, jobId: string) => Promise<{ record: TabRecord; posting: TabPosting } | null>;

export async function setSavedFromTab(request: SaveRequest, lookup: TabPostingLookup, now = new Date()): Promise<ShortlistOutcome> {
  const found = await lookup(request.tabId, request.jobId);
  const state = found?.record;
  const entry = found?.posting;
  const key = state && savedJobKey(state.siteId, state.url, request.jobId);
  if (!state || !entry || !key || !state.siteId)
    return { ok: false, message: 'RoleLens no longer has this posting. Reload the page and try again.' };
  if (!request.saved) return removeJob(key);
  const user = await loadUserCatalogue();
  const job = savedJobFrom({
    key,
    jobId: entry.jobId,
    posting: entry.posting,
    verdict: entry.verdict,
    board: state.siteId,
    boardName: boardName(state.siteId),
    link: request.link || state.url,
    criterionName: (id) => criterionById(id)?.name ?? id,
    catalogue: effectiveCatalogue(defaultCatalogue, user),
    held: user.held,
    now,
  });
  return saveJob(job);
}
