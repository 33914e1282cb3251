// The study plan: across the saved jobs, which side they lean to and how strongly, and the
// degrees and certifications that most of them call for, ranked by how many saved jobs each fits
// and how many postings name it, leaving out what the user holds. Pure.
import type { Label, Side } from '../classifier/types';
import { findNamedEntries } from '../training/named';
import { isHeld, suggestTraining } from '../training/suggest';
import type { TrainingEntry } from '../training/types';
import type { SavedJob } from './types';

export interface PlanItem {
  entry: TrainingEntry;
  /** Saved jobs whose top suggestions include it. */
  fits: number;
  /** Saved jobs whose posting names it, and how many of those say it is required. */
  named: number;
  required: number;
  /** Keys of the jobs it fits, in shortlist order. */
  jobKeys: string[];
}

export interface StudyPlan {
  jobCount: number;
  counts: Record<Label, number>;
  /** Mean lean (−1 administration … +1 management) of the saved leadership roles; null when none. */
  lean: number | null;
  /** The side most of those roles lean to; 'balanced' when neither side has more. */
  side: Side | 'balanced' | null;
  /** Best first. */
  items: PlanItem[];
  /** Entries that would be in the plan but are left out because the user holds them. */
  heldLeftOut: TrainingEntry[];
}

export interface PlanInput {
  jobs: readonly SavedJob[];
  catalogue: readonly TrainingEntry[];
  held: readonly string[];
  /** How many suggestions per job count as "fits" (the popup shows three). */
  perJob?: number;
  /** How many items the plan lists. */
  limit?: number;
}

/** Degrees and certifications: courses are skills, not something a posting asks a person to hold. */
const isCredential = (e: TrainingEntry) => e.kind !== 'course';

/** The text of a saved job that can name training: its title and the sentences that named some. */
const namingText = (job: SavedJob) => [job.title, ...job.trainingSentences].join('\n');

function tally(jobs: readonly SavedJob[], catalogue: readonly TrainingEntry[], held: readonly string[], perJob: number): Map<string, PlanItem> {
  const items = new Map<string, PlanItem>();
  const item = (entry: TrainingEntry): PlanItem => {
    let found = items.get(entry.id);
    if (!found) items.set(entry.id, (found = { entry, fits: 0, named: 0, required: 0, jobKeys: [] }));
    return found;
  };
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  for (const job of jobs) {
    const text = namingText(job);
    const suggestions = suggestTraining({ verdict: job, postingText: text, held, catalogue, limit: perJob });
    for (const { entry } of suggestions) {
      const it = item(entry);
      it.fits += 1;
      it.jobKeys.push(job.key);
    }
    for (const mention of findNamedEntries(text, catalogue)) {
      const entry = byId.get(mention.entryId);
      if (!entry || isHeld(entry, held, catalogue)) continue;
      const it = item(entry);
      it.named += 1;
      if (mention.strength === 'required') it.required += 1;
    }
  }
  return items;
}

function ranked(items: Map<string, PlanItem>, catalogue: readonly TrainingEntry[]): PlanItem[] {
  const order = new Map(catalogue.map((e, i) => [e.id, i]));
  return [...items.values()].sort(
    (a, b) =>
      b.fits - a.fits ||
      b.named - a.named ||
      b.required - a.required ||
      (order.get(a.entry.id) ?? 0) - (order.get(b.entry.id) ?? 0),
  );
}

export function studyPlan(input: PlanInput): StudyPlan {
  const perJob = input.perJob ?? 3;
  const catalogue = input.catalogue.filter(isCredential);
  const counts: Record<Label, number> = { management: 0, administration: 0, balanced: 0, not_applicable: 0 };
  for (const job of input.jobs) counts[job.label] += 1;
  const leaders = input.jobs.filter((j) => j.label !== 'not_applicable');
  const lean = leaders.length ? leaders.reduce((sum, j) => sum + j.lean, 0) / leaders.length : null;
  const side =
    leaders.length === 0
      ? null
      : counts.management > counts.administration
        ? 'management'
        : counts.administration > counts.management
          ? 'administration'
          : 'balanced';

  const items = ranked(tally(input.jobs, catalogue, input.held, perJob), catalogue);
  // What the plan would hold without "what I hold", to say what was left out and why.
  const heldEntries = catalogue.filter((e) => isHeld(e, input.held, catalogue));
  const heldLeftOut = heldEntries.length
    ? ranked(tally(input.jobs, catalogue, [], perJob), catalogue)
        .filter((it) => heldEntries.includes(it.entry))
        .map((it) => it.entry)
    : [];
  return {
    jobCount: input.jobs.length,
    counts,
    lean,
    side,
    items: items.slice(0, input.limit ?? 8),
    heldLeftOut,
  };
}
