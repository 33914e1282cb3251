// A tab as the popup shows it, put together from the background's record of the tab and the
// ledger entries it names (pure; the popup and the tests both use it). Entries the session store
// could not keep are listed as missing: the popup then asks the page itself (popup/tab-state.ts).
import { expandVerdict } from './compact-verdict';
import type { TabPosting } from './protocol';
import type { LedgerEntry, TabRecord } from './session-items';

export interface TabView {
  url: string;
  detailJobId: string | null;
  scan?: TabRecord['scan'];
  postings: TabPosting[];
  /** Job ids the record names whose entries are not in storage (evicted, or never kept). */
  missing: string[];
  notKept?: TabRecord['notKept'];
}

/** One ledger entry shown at one place of a page. */
export function entryPosting(jobId: string, entry: LedgerEntry, detailHere: boolean): TabPosting {
  // A card whose job was read in full (here in a pane, or on another page load) shows that verdict.
  const kind = detailHere ? 'detail' : 'card';
  return {
    jobId,
    kind,
    posting: entry.posting,
    verdict: expandVerdict(entry.verdict, entry.posting),
    ...(kind === 'card' && entry.kind === 'detail' ? { readInFullEarlier: true } : {}),
    ...(entry.verdict.omitted ? { evidenceOmitted: entry.verdict.omitted } : {}),
  };
}

export function tabView(record: TabRecord, entries: ReadonlyMap<string, LedgerEntry>): TabView {
  const postings: TabPosting[] = [];
  const missing: string[] = [];
  for (const job of record.jobs) {
    const entry = entries.get(job.key);
    if (entry) postings.push(entryPosting(job.jobId, entry, job.detail === true && entry.kind === 'detail'));
    else missing.push(job.jobId);
  }
  return {
    url: record.url,
    detailJobId: record.detailJobId,
    postings,
    missing,
    ...(record.scan ? { scan: record.scan } : {}),
    ...(record.notKept ? { notKept: record.notKept } : {}),
  };
}
