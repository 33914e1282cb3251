// Everything the popup asks of the browser, behind one interface: the real one talks to the
// background and the tab (browser-api.ts); component tests pass a fake.
import type { Label, Posting, Verdict } from '../../classifier/types';
import type { TabState } from '../../messaging/protocol';
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

export interface PopupApi {
  resolveTarget(): Promise<PopupTarget>;
  getTabState(tabId: number): Promise<TabState | null>;
  /** Calls back when the background's state for the tab changes (re-tagged, detail switched, a job read in full in another tab). */
  watchTabState?(tabId: number, callback: (state: TabState | null) => void): () => void;
  highlightEvidence(tabId: number, data: { jobId: string; sentence: string; cue: string }): Promise<boolean>;
  scrollToPosting(tabId: number, jobId: string): Promise<boolean>;
  loadTagFilter(): Promise<TagFilter>;
  saveTagFilter(filter: TagFilter): Promise<void>;
  loadTraining(): Promise<TrainingContext>;
  /** "Read this page": JSON-LD JobPosting, else the page's main text; null when nothing readable. */
  readPage(tabId: number): Promise<Posting | null>;
  /** Classifies a posting here in the popup (pasted or read text, never a site the content script reads). */
  classifyLocally(posting: Posting): Promise<Verdict>;
  /** Saves a tab's posting to the shortlist (or takes it off); absent where the shortlist is not available. */
  setSaved?(tabId: number, jobId: string, saved: boolean): Promise<SaveOutcome>;
  /** Calls back with the shortlist's keys now and whenever it changes (see src/shortlist/key.ts). */
  watchSavedKeys?(callback: (keys: ReadonlySet<string>) => void): () => void;
  /** "This is really …": absent where corrections are not available. */
  addCorrection?(jobId: string, verdict: Verdict, label: Exclude<Label, 'not_applicable'>, title: string): Promise<void>;
}
