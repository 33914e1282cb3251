// A tab's record as a pure merge of what its page reports: one entry per job id, first seen
// first; a new page load in the tab starts a fresh list, an SPA's address changes and a frame's
// reports (an iCIMS iframe) keep it. The record holds job ids and ledger keys, never text.
import type { PageScan } from '../shared/protocol';
import { MAX_TAB_JOBS, type TabJob, type TabRecord } from '../shared/session-items';

export interface PageBatch {
  url: string;
  siteId: string | null;
  pageId?: string;
  fromSubframe?: boolean;
  scan?: PageScan;
  /** The batch's postings, in report order (a job may come as card and detail). */
  jobs: { jobId: string; key: string; kind: 'card' | 'detail' }[];
}

export function emptyTabRecord(url: string, siteId: string | null, now: number, pageId?: string): TabRecord {
  return { url, siteId, jobs: [], detailJobId: null, updatedAt: now, ...(pageId ? { pageId } : {}) };
}

export function mergeTabRecord(previous: TabRecord | null, batch: PageBatch, now: number): TabRecord {
  const samePage = !!previous && (!batch.pageId || !previous.pageId || previous.pageId === batch.pageId || batch.fromSubframe === true);
  const base = samePage ? previous! : emptyTabRecord(batch.url, batch.siteId, now, batch.pageId);
  const jobs = base.jobs.map((j) => ({ ...j }));
  const at = new Map(jobs.map((j, i) => [j.jobId, i]));
  let detailJobId = base.detailJobId;
  for (const job of batch.jobs) {
    if (job.kind === 'detail') detailJobId = job.jobId;
    const i = at.get(job.jobId);
    const known = i === undefined ? undefined : jobs[i];
    if (!known) {
      at.set(job.jobId, jobs.length);
      jobs.push({ jobId: job.jobId, key: job.key, ...(job.kind === 'detail' ? { detail: true as const } : {}) });
    } else {
      // Read in full on this page once: stays so (its card and its pane are one posting).
      known.key = job.key;
      if (job.kind === 'detail') known.detail = true;
    }
  }
  // A long infinite scroll: the newest jobs are kept, and the one shown in full.
  const kept = jobs.length > MAX_TAB_JOBS ? jobs.filter((j, i) => i >= jobs.length - MAX_TAB_JOBS || j.jobId === detailJobId) : jobs;
  // A frame that found nothing does not hide what the page itself found.
  const frameFoundLess = batch.fromSubframe && batch.scan?.outcome === 'empty' && base.scan && base.scan.outcome !== 'empty';
  const scan = batch.scan && !frameFoundLess ? { ...batch.scan, url: batch.url, at: now } : base.scan;
  const { notKept, ...rest } = base;
  return {
    ...rest,
    // A frame reports its own address; the tab keeps its page's.
    url: batch.fromSubframe && samePage ? base.url : batch.url,
    siteId: batch.siteId ?? base.siteId,
    jobs: kept,
    detailJobId,
    updatedAt: now,
    ...(batch.fromSubframe && samePage ? {} : batch.pageId ? { pageId: batch.pageId } : {}),
    ...(scan ? { scan } : {}),
    ...(notKept && samePage ? { notKept } : {}),
  };
}
