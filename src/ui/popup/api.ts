// Everything the popup asks of the browser, behind one interface: the real one talks to the
// background and the tab (browser-api.ts); component tests pass a fake.
import type { Label, Posting, Verdict } from '../../classifier/types';
import type { OmittedEvidence } from '../../shared/compact-verdict';
import type { ScanOutcome, TabPosting } from '../../shared/protocol';
import type { DisplaySettings } from '../../settings/schema';
import type { TrainingEntry } from '../../training/types';

export type TagFilter = DisplaySettings['tagFilter'];

/** Which tab and posting the popup explains (from ?tab=&job=, a badge's request, or the active tab). */
export interface PopupTarget {
  tabId: number | null;
  jobId: string | null;
}

export interface TrainingContext {
  catalogue: TrainingEntry[];
  /** Entry ids (or names) the user already holds. */
  held: string[];
}

export type SaveOutcome = { ok: true } | { ok: false; message: string };

/** What RoleLens knows about a tab, as the popup shows it. */
export interface TabState {
  /** The page's address and board (a saved job is keyed by them). */
  url: string;
  siteId: string | null;
  /** The page's last scan: absent while the page is still being read. */
  scan?: { outcome: ScanOutcome; jobs: number };
  postings: TabPosting[];
  detailJobId: string | null;
  /** Postings the page showed whose explanation is not at hand (not kept, and the page did not answer), and why. */
  unavailable?: { count: number; reason: string };
}

export interface PopupApi {
  resolveTarget(): Promise<PopupTarget>;
  /**
   * Calls back with the tab's state now and whenever it changes (re-tagged, detail switched, a
   * job read in full in another tab); null when RoleLens has nothing for the tab.
   */
  watchTab(tabId: number, callback: (state: TabState | null) => void): () => void;
  highlightEvidence(tabId: number, data: { jobId: string; sentence: string; cue: string }): Promise<boolean>;
  scrollToPosting(tabId: number, jobId: string): Promise<boolean>;
  loadTagFilter(): Promise<TagFilter>;
  saveTagFilter(filter: TagFilter): Promise<void>;
  loadTraining(): Promise<TrainingContext>;
  /** "Read this page": JSON-LD JobPosting, else the page's main text; null when nothing readable. */
  readPage(tabId: number): Promise<Posting | null>;
  /** Classifies a posting here in the popup (pasted or read text, or what a page reported that the background could not keep). */
  classifyLocally(posting: Posting, options?: { titleOnly?: boolean }): Promise<Verdict>;
  /** Saves a tab's posting to the shortlist (or takes it off); absent where the shortlist is not available. */
  setSaved?(tabId: number, jobId: string, saved: boolean): Promise<SaveOutcome>;
  /** Calls back with the shortlist's keys now and whenever it changes (see src/shortlist/key.ts). */
  watchSavedKeys?(callback: (keys: ReadonlySet<string>) => void): () => void;
  /** "This is really …": absent where corrections are not available. */
  addCorrection?(jobId: string, verdict: Verdict, label: Exclude<Label, 'not_applicable'>, title: string, omitted?: OmittedEvidence): Promise<void>;
}
