// A saved job: a snapshot of one posting and its verdict, taken when the user saved it, plus the
// user's notes. It picks the verdict's fields it shows (a summary, not a copy of the verdict), so
// a new verdict field changes nothing here until the shortlist chooses to keep it.
import type { Label, Seniority, Side, Specialization } from '../classifier/types';
import type { MentionStrength } from '../training/named';
import type { TrainingEntry } from '../training/types';

/** How wide the role's remit is (the classifier's Verdict.scope), or 'unknown' when it did not say. */
export type JobScope = 'organisation' | 'division' | 'department' | 'individual' | 'unknown';

/** One quoted piece of evidence, verbatim from the posting. */
export interface SavedQuote {
  side: Side;
  /** The criterion's display name at save time. */
  criterion: string;
  cue: string;
  sentence: string;
}

/** A training suggestion as it was made for this posting. */
export interface SavedTraining {
  id: string;
  name: string;
  kind: TrainingEntry['kind'];
  /** Set when the posting named it itself ("MHA preferred"). */
  named?: MentionStrength;
}

export interface SavedJob {
  /** `${board scope}#${jobId}`: one saved entry per posting (see key.ts). */
  key: string;
  jobId: string;
  title: string;
  /** '' when the board did not say. */
  employer: string;
  location: string;
  /** The site adapter's id ('workday') and its display name ('Workday') at save time. */
  board: string;
  boardName: string;
  /** An http(s) address of the posting (or of the page it was on); '' when none was safe to keep. */
  link: string;
  label: Label;
  /** −1 administration … +1 management */
  lean: number;
  confidence: number;
  scope: JobScope;
  seniority: Seniority;
  specializations: Specialization[];
  /** 'title' when only the card's title had been read. */
  mode: 'full' | 'title';
  /** The strongest evidence, at most QUOTES_MAX. */
  quotes: SavedQuote[];
  /**
   * The posting's own sentences that named catalogue training ("MHA preferred"), so the study plan
   * can tell which training a posting names without keeping the whole description.
   */
  trainingSentences: string[];
  training: SavedTraining[];
  /** ISO date and time of saving. */
  savedAt: string;
  notes: string;
}

/** The stored shortlist: newest first. */
export interface Shortlist {
  jobs: SavedJob[];
}

export function emptyShortlist(): Shortlist {
  return { jobs: [] };
}
