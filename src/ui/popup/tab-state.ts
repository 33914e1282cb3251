// The popup's one way to a tab's state: a watch on the tab's record (the background's ledger
// writes it), the entries it names read from the same session storage, and, for what those lack
// (a record not written yet, entries dropped to make room), the page itself. Pure of the browser:
// it takes the reads it makes, so the unit tests drive it with plain functions.
import type { PagePostings, TabPosting } from '../../shared/protocol';
import type { LedgerEntry, TabRecord } from '../../shared/session-items';
import { pageView, tabView } from '../../shared/tab-view';
import type { TabState } from './api';

export interface TabSources {
  record(): Promise<TabRecord | null>;
  entries(keys: string[]): Promise<Map<string, LedgerEntry>>;
  /** The page's own answer; null when no RoleLens script answers in the tab. */
  askPage(): Promise<PagePostings | null>;
}

const DROPPED = 'they were dropped to make room in the browser’s storage for this session';

export async function readTabState(sources: TabSources): Promise<TabState | null> {
  const record = await sources.record();
  if (!record) {
    const page = await sources.askPage();
    return page && page.postings.length ? { url: page.url, siteId: page.siteId, postings: pageView(page), detailJobId: page.detailJobId } : null;
  }
  const view = tabView(record, await sources.entries(record.jobs.map((j) => j.key)));
  const state: TabState = { url: record.url, siteId: record.siteId, postings: view.postings, detailJobId: view.detailJobId, ...(view.scan ? { scan: view.scan } : {}) };
  if (!view.missing.length) return state;
  // Some explanations are not in storage: the page still has them (it badged them).
  const page = await sources.askPage().catch(() => null);
  const fromPage = new Map<string, TabPosting>((page ? pageView(page) : []).map((p) => [p.jobId, p]));
  const order = new Map(record.jobs.map((j, i) => [j.jobId, i]));
  const found = view.missing.map((id) => fromPage.get(id)).filter((p): p is TabPosting => !!p);
  state.postings = [...view.postings, ...found].sort((a, b) => (order.get(a.jobId) ?? 0) - (order.get(b.jobId) ?? 0));
  const still = view.missing.length - found.length;
  if (still > 0) state.unavailable = { count: still, reason: view.notKept?.reason ?? DROPPED };
  return state;
}
