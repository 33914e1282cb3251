// The verdicts this page shows, one per job, and what the page last reported of each posting.
// Which verdict a job gets is the background ledger's decision (a fuller one is never replaced by
// a weaker one there); the page keeps the one with the highest revision, so an answer that
// arrives late never replaces a newer one.
import type { PageVerdict, ReportedPosting } from '../shared/protocol';

export class VerdictCache {
  private readonly byJob = new Map<string, PageVerdict>();
  /** Per job and kind: the last report sent and its signature. */
  private readonly sent = new Map<string, { report: ReportedPosting; signature: string }>();

  get(jobId: string): PageVerdict | undefined {
    return this.byJob.get(jobId);
  }

  /** Keeps an answer unless one with a higher revision is already here. */
  put(answer: PageVerdict): void {
    const known = this.byJob.get(answer.jobId);
    if (known && known.rev > answer.rev) return;
    this.byJob.set(answer.jobId, answer);
  }

  /** Does this report need sending (a new posting, or its text changed since it was sent)? */
  needs(report: ReportedPosting, signature: string): boolean {
    return this.sent.get(`${report.kind}\u0001${report.jobId}`)?.signature !== signature;
  }

  markSent(report: ReportedPosting, signature: string): void {
    this.sent.set(`${report.kind}\u0001${report.jobId}`, { report, signature });
  }

  /** The reports last sent of a job (its card's and its detail's), for the popup's questions. */
  reportsOf(jobId: string): ReportedPosting[] {
    return (['detail', 'card'] as const).map((kind) => this.sent.get(`${kind}\u0001${jobId}`)?.report).filter((r): r is ReportedPosting => !!r);
  }
}
