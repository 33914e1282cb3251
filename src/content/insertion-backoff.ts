// A page can fight the badge: some re-render a card whenever anything appears inside it, which
// removes the badge, which the next scan puts back, which makes the page re-render again, forever
// (about 190 insertions a second were seen). Per job, a few insertions in a short window are fine
// (a card really re-rendered, infinite scroll recycling nodes); past that the badge pauses, for
// twice as long each time it happens again, up to a ceiling.
export interface BackoffLimits {
  /** Insertions allowed within windowMs; one more starts a pause. */
  insertions: number;
  windowMs: number;
  firstPauseMs: number;
  maxPauseMs: number;
}

export const DEFAULT_BACKOFF: BackoffLimits = { insertions: 5, windowMs: 10_000, firstPauseMs: 10_000, maxPauseMs: 5 * 60_000 };

interface JobRecord {
  /** Times of the recent insertions, oldest first. */
  times: number[];
  pausedUntil: number;
  pauses: number;
}

export class InsertionBackoff {
  private readonly jobs = new Map<string, JobRecord>();

  constructor(private readonly limits: BackoffLimits = DEFAULT_BACKOFF) {}

  /** May this job's badge be inserted now? */
  allows(jobId: string, now: number): boolean {
    const job = this.jobs.get(jobId);
    return !job || now >= job.pausedUntil;
  }

  /** Milliseconds until the job's pause ends (0 when it is not paused). */
  pausedFor(jobId: string, now: number): number {
    return Math.max(0, (this.jobs.get(jobId)?.pausedUntil ?? 0) - now);
  }

  /** Records an insertion; returns the pause it started in ms, or 0. */
  inserted(jobId: string, now: number): number {
    let job = this.jobs.get(jobId);
    if (!job) this.jobs.set(jobId, (job = { times: [], pausedUntil: 0, pauses: 0 }));
    job.times = job.times.filter((t) => now - t < this.limits.windowMs);
    job.times.push(now);
    if (job.times.length <= this.limits.insertions) return 0;
    const pause = Math.min(this.limits.maxPauseMs, this.limits.firstPauseMs * 2 ** job.pauses);
    job.pauses++;
    job.pausedUntil = now + pause;
    job.times = [];
    return pause;
  }
}
