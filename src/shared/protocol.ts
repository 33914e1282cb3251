// Every message between content script, background and popup, typed in one place.
// Built on @webext-core/messaging (the library WXT's docs recommend) over the polyfilled browser.runtime.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Label, Posting, Verdict } from '../classifier/types';
import type { OmittedEvidence } from './compact-verdict';

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

/** What a badge shows of a verdict: the tag, its confidence, how it was made, the top reasons. */
export interface BadgeVerdict {
  label: Label;
  confidence: number;
  /** 'title' = from a card's title only (provisional); 'full' = the whole posting was read. */
  mode: 'title' | 'full';
  /** The strongest evidence as "“cue” — criterion" (src/shared/badge-reasons.ts). */
  reasons: string[];
}

/** The background's verdict for one reported posting, as the page keeps and shows it. */
export interface PageVerdict {
  jobId: string;
  /** Where it sits on this page: a card, or the posting shown in full. */
  kind: 'card' | 'detail';
  verdict: BadgeVerdict;
  /**
   * A card whose job was read in full on an earlier page load this session: the verdict is that
   * full verdict (mode 'full'), made from the full posting the background keeps.
   */
  readInFullEarlier?: boolean;
  /** Orders verdicts of one job: a page keeps the one with the highest (the ledger's clock). */
  rev: number;
}

/** One posting as the popup shows it: the posting's text and its verdict, with sentences. */
export interface TabPosting extends ReportedPosting {
  verdict: Verdict;
  readInFullEarlier?: boolean;
  /** Evidence left out of the kept verdict per criterion (the strongest few are kept). */
  evidenceOmitted?: OmittedEvidence;
}

/** What a page answers the popup when the background's record lacks something: what it reported. */
export interface PagePostings {
  url: string;
  siteId: string | null;
  detailJobId: string | null;
  postings: ReportedPosting[];
}

export interface ProtocolMap {
  /**
   * content → background: classify these, remember them for the tab and answer with a verdict
   * per posting. `scan` comes whenever what the page shows changed (even with no postings).
   */
  classifyPostings(data: { url: string; siteId: string | null; postings: ReportedPosting[]; pageId?: string; scan?: PageScan }): PageVerdict[];
  /** background → content: full verdicts of jobs just read in full in another tab. */
  verdictsUpdated(data: { postings: PageVerdict[] }): void;
  /** background → content: the classifier settings or corrections changed; report every posting again. */
  rescan(data: Record<string, never>): void;
  /** popup → content: the postings the page reported, for what the background could not keep. */
  pagePostings(data: Record<string, never>): PagePostings | null;
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
