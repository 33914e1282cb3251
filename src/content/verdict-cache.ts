// Verdicts per job id for this page's session. A full-posting verdict is never replaced by a
// title-only one: once the detail has been read (here, or on an earlier page load this session,
// which the background tells), every badge of that job shows the full verdict.
import type { ReportedPosting, TabPosting } from '../messaging/protocol';
import { verdictStrength } from '../messaging/verdict-strength';

export class VerdictCache {
  private readonly byJob = new Map<string, TabPosting>();

  get(jobId: string): TabPosting | undefined {
    return this.byJob.get(jobId);
  }

  /** Stores a result unless one made from more of the posting is already there. */
  put(result: TabPosting): void {
    const known = this.byJob.get(result.jobId);
    if (known && verdictStrength(known) > verdictStrength(result)) return;
    this.byJob.set(result.jobId, result);
  }

  /** Does this report need classifying (new job, or different text than the cached verdict)? */
  needs(report: ReportedPosting, signature: (r: ReportedPosting) => string): boolean {
    const known = this.byJob.get(report.jobId);
    if (!known) return true;
    // A full verdict (read here, or on an earlier page load) outranks anything a card could add.
    if (report.kind === 'card') return verdictStrength(known) === 0 && signature(known) !== signature(report);
    return known.kind === 'card' || signature(known) !== signature(report);
  }
}
