// The popup's one way to a tab's state: a watch on the tab's record (the background's ledger
// writes it), the entries it names read from the same session storage, and, for what those lack
// (a record not written yet, entries dropped to make room), the page itself: it gives the postings
// it reported, which the popup classifies here. Pure of the browser: it takes the reads it makes,
// so the unit tests drive it with plain functions.
import type { Verdict } from '../../classifier/types';
import type { PagePostings, ReportedPosting, TabPosting } from '../../shared/protocol';
import type { LedgerEntry, TabRecord } from '../../shared/session-items';
import { tabView } from '../../shared/tab-view';
import type { TabState } from './api';

export interface TabSources {
  record(): Promise<TabRecord | null>;
  entries(keys: string[]): Promise<Map<string, LedgerEntry>>;
  /** The page's own answer; null when no RoleLens script answers in the tab. */
  askPage(): Promise<PagePostings | null>;
  /** Classifies a posting the page reported (a card from its title only). */
  classify(report: ReportedPosting): Promise<Verdict>;
}

/** The page's postings, one per job (its full posting where the page shows one), classified here. */
async function fromPage(page: PagePostings, classify: TabSources['classify']): Promise<TabPosting[]> {
  const byJob = new Map<string, ReportedPosting>();
  for (const report of page.postings) if (byJob.get(report.jobId)?.kind !== 'detail') byJob.set(report.jobId, report);
  return Promise.all([...byJob.values()].map(async (report) => ({ ...report, verdict: await classify(report) })));
}

const DROPPED = 'they were dropped to make room in the browser’s storage for this session';

export async function readTabState(sources: TabSources): Promise<TabState | null> {
  const record = await sources.record();
  if (!record) {
    const page = await sources.askPage();
    return page && page.postings.length ? { url: page.url, siteId: page.siteId, postings: await fromPage(page, sources.classify), detailJobId: page.detailJobId } : null;
  }
  const view = tabView(record, await sources.entries(record.jobs.map((j) => j.key)));
  const state: TabState = { url: record.url, siteId: record.siteId, postings: view.postings, detailJobId: view.detailJobId, ...(view.scan ? { scan: view.scan } : {}) };
  if (!view.missing.length) return state;
  // Some explanations are not in storage: the page still has them (it badged them).
  const page = await sources.askPage().catch(() => null);
  const missing = new Set(view.missing);
  const asked = page ? await fromPage({ ...page, postings: page.postings.filter((p) => missing.has(p.jobId)) }, sources.classify) : [];
  const fromThePage = new Map<string, TabPosting>(asked.map((p) => [p.jobId, p]));
  const order = new Map(record.jobs.map((j, i) => [j.jobId, i]));
  const found = view.missing.map((id) => fromThePage.get(id)).filter((p): p is TabPosting => !!p);
  state.postings = [...view.postings, ...found].sort((a, b) => (order.get(a.jobId) ?? 0) - (order.get(b.jobId) ?? 0));
  const still = view.missing.length - found.length;
  if (still > 0) state.unavailable = { count: still, reason: view.notKept?.reason ?? DROPPED };
  return state;
}
