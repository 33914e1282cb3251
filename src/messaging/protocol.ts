// Every message between content script, background and popup, typed in one place.
// Built on @webext-core/messaging (the library WXT's docs recommend) over the polyfilled browser.runtime.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Posting, Verdict } from '../classifier/types';

/** A card or detail posting as the content script reports it to the background. */
export interface ReportedPosting {
  jobId: string;
  posting: Posting;
  /** 'card' = title-only (provisional); 'detail' = the full posting was read. */
  kind: 'card' | 'detail';
}

/**
 * What one scan of a page found: postings, a bot or login wall (left untouched), nothing to read,
 * or a board the user turned off. The content script reports it whenever it changes, so the
 * popup can say why a page shows no badge and tests can wait for the scan instead of a pause.
 */
export type ScanOutcome = 'postings' | 'wall' | 'empty' | 'off';

export interface PageScan {
  outcome: ScanOutcome;
  /** Postings (cards and the detail) the scan found. */
  jobs: number;
}

export interface TabPosting extends ReportedPosting {
  verdict: Verdict;
  /** Display names of the criteria in verdict.evidence (so the badge tooltip needs no catalogue). */
  criterionNames?: Record<string, string>;
  /**
   * A card (kind stays 'card': that is where it sits on this page) whose job was read in full on
   * an earlier page load this session: verdict is that full verdict (mode 'full') and posting is
   * the full posting it was made from.
   */
  readInFullEarlier?: boolean;
}

/** What the background knows about one tab: the popup renders this, never re-parses the page. */
export interface TabState {
  url: string;
  siteId: string | null;
  /** One entry per job id, in first-seen order; a verdict made from more of the posting wins (verdictStrength). */
  postings: TabPosting[];
  /** Job id of the posting shown in full, if any. */
  detailJobId: string | null;
  updatedAt: number;
  /** The content script run (one page load) this state came from; a new load starts afresh. */
  pageId?: string;
  /** The page's last scan, as the content script reported it (absent until the first scan). */
  scan?: PageScan & { url: string; at: number };
}

export interface ProtocolMap {
  /** content → background: classify these and remember them for the tab. */
  classifyPostings(data: { url: string; siteId: string | null; postings: ReportedPosting[]; pageId?: string; scan?: PageScan }): TabPosting[];
  /**
   * background → content: verdicts re-made after the classifier settings or corrections changed,
   * or full verdicts of jobs just read in full in another tab.
   */
  verdictsUpdated(data: { postings: TabPosting[] }): void;
  /** popup → background */
  getTabState(data: { tabId: number }): TabState | null;
  /** popup → content: scroll to and highlight a quoted sentence of the detail posting. */
  highlightEvidence(data: { jobId: string; sentence: string; cue: string }): boolean;
  /** popup → content: scroll to a card. */
  scrollToPosting(data: { jobId: string }): boolean;
  /** badge → background: open the explanation for one posting. */
  openExplanation(data: { jobId: string }): void;
  /**
   * badge or popup → background: save a tab's posting to the shortlist, or take it off. The badge's
   * tab is the sender's; the popup names it. `link`: the posting's own address, when the page has one.
   */
  setSaved(data: { jobId: string; saved: boolean; link?: string; tabId?: number }): { ok: true } | { ok: false; message: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
