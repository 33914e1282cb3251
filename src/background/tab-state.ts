// Per-tab state as a pure merge: what the popup renders for a tab. One entry per job id, kept in
// first-seen order; a verdict is never replaced by one made from less of the posting (detail >
// read in full on an earlier page load > title only).
import type { PageScan, TabPosting, TabState } from '../messaging/protocol';
import { verdictStrength } from '../messaging/verdict-strength';

export function emptyTabState(url: string, siteId: string | null, now: number): TabState {
  return { url, siteId, postings: [], detailJobId: null, updatedAt: now };
}

export function mergeTabState(
  previous: TabState | null,
  report: { url: string; siteId: string | null; results: TabPosting[]; pageId?: string; fromSubframe?: boolean; scan?: PageScan },
  now: number,
): TabState {
  // A new page load in the tab starts a fresh list; an SPA's URL changes keep the list.
  const samePage = previous && (!report.pageId || !previous.pageId || previous.pageId === report.pageId || report.fromSubframe);
  const state = samePage ? previous : emptyTabState(report.url, report.siteId, now);
  const postings = [...state.postings];
  const index = new Map(postings.map((p, i) => [p.jobId, i]));
  let detailJobId = state.detailJobId;
  for (const result of report.results) {
    const at = index.get(result.jobId);
    if (result.kind === 'detail') detailJobId = result.jobId;
    if (at === undefined) {
      index.set(result.jobId, postings.length);
      postings.push(result);
    } else if (verdictStrength(result) >= verdictStrength(postings[at]!)) {
      postings[at] = result;
    }
  }
  // A frame that found nothing does not hide what the page itself found.
  const frameFoundLess = report.fromSubframe && report.scan?.outcome === 'empty' && state.scan && state.scan.outcome !== 'empty';
  const scan = report.scan && !frameFoundLess ? { ...report.scan, url: report.url, at: now } : state.scan;
  return {
    // A frame (iCIMS iframe) reports its own address; the tab keeps its page's.
    url: report.fromSubframe && samePage ? state.url : report.url,
    siteId: report.siteId ?? state.siteId,
    postings,
    detailJobId,
    updatedAt: now,
    pageId: report.fromSubframe && samePage ? state.pageId : (report.pageId ?? state.pageId),
    ...(scan ? { scan } : {}),
  };
}
