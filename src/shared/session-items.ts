// What the background keeps in the browser session's storage (storage.session: in memory, gone
// when the browser closes; an MV3 worker is stopped when idle, so nothing may live only in it),
// and what the popup reads from there. The background's ledger (src/background/ledger.ts) is the
// only writer.
import { storage } from '#imports';
import type { Posting } from '../classifier/types';
import type { CompactVerdict } from './compact-verdict';
import type { PageScan } from './protocol';

/** One job's strongest verdict this session, per scope (where its job id is unique). */
export interface LedgerEntry {
  /** Site, host and board: see src/background/job-scope.ts. */
  scope: string;
  jobId: string;
  /** 'detail' = made from the full posting; 'card' = from a results-list card (title only). */
  kind: 'card' | 'detail';
  /** The text the verdict was made from, kept once (a very long description is cut: `cut`). */
  posting: Posting;
  cut?: boolean;
  /** Sentences as offsets into `posting`, a few pieces of evidence per criterion. */
  verdict: CompactVerdict;
  /** postingSignature of the report it was made from. */
  signature: string;
  /** settingsSignature of the classifier settings it was made with. */
  settings: string;
  /** The ledger's clock when it was made: later verdicts of a job have higher ones. */
  rev: number;
}

/** A job of a tab's page: which ledger entry holds its verdict, and whether this page read it in full. */
export interface TabJob {
  jobId: string;
  key: string;
  /** The page showed this posting in full (not only its card). */
  detail?: true;
}

/** What the background knows about one tab: job ids, never the postings' text. */
export interface TabRecord {
  url: string;
  siteId: string | null;
  /** The content script run (one page load) this record belongs to; a new load starts afresh. */
  pageId?: string;
  /** One per job id, first seen first (at most MAX_TAB_JOBS, the newest kept). */
  jobs: TabJob[];
  /** Job id of the posting shown in full, if any. */
  detailJobId: string | null;
  /** The page's last scan, as its content script reported it (absent until the first scan). */
  scan?: PageScan & { url: string; at: number };
  /** Postings of this page whose explanation the session store could not keep, and why. */
  notKept?: { jobs: number; reason: string; at: number };
  updatedAt: number;
}

export const MAX_TAB_JOBS = 1000;

type SessionKey = `session:${string}`;

/** The key of one ledger entry (the job id may hold any character; the scope is encoded). */
export const ledgerKey = (scope: string, jobId: string): string => `${encodeURIComponent(scope)}|${jobId}`;
export const entryStorageKey = (key: string): SessionKey => `session:job:${key}`;
export const tabRecordKey = (tabId: number): SessionKey => `session:tab:${tabId}`;
/** The entries in least-recently-used order, with their sizes (the ledger's eviction reads it). */
export const LEDGER_INDEX_KEY: SessionKey = 'session:ledgerIndex';

export interface LedgerIndex {
  /** Entry keys, least recently used first. */
  keys: string[];
  /** JSON characters of each entry, in the same order. */
  chars: number[];
}

/** What the popup shows first when it opens from a badge: written before opening it. */
export const explainRequestItem = storage.defineItem<{ tabId: number; jobId: string; at: number } | null>('session:explainRequest', {
  fallback: null,
});
