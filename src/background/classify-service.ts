// Classifies reported postings in the background (compromise and the criteria stay out of the
// content script). Verdicts are memoised per posting text until the settings change.
import type { ClassifierSettings, Posting, Verdict } from '../classifier/types';
import { postingSignature } from '../messaging/posting-signature';
import type { ReportedPosting, TabPosting } from '../messaging/protocol';

export type ClassifyFn = (posting: Posting, settings?: ClassifierSettings, options?: { titleOnly?: boolean }) => Verdict;

const MEMO_LIMIT = 5000;

/** A report is usable if it has a job id and a title; anything else is skipped, not thrown on. */
export function isValidReport(value: unknown): value is ReportedPosting {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<ReportedPosting>;
  return (
    typeof r.jobId === 'string' &&
    r.jobId.length > 0 &&
    (r.kind === 'card' || r.kind === 'detail') &&
    !!r.posting &&
    typeof r.posting.title === 'string'
  );
}

/** Identifies the settings a verdict was made with (exact: a stale verdict must never match). */
export function settingsKey(settings: ClassifierSettings): string {
  return JSON.stringify(settings);
}

export class ClassifyService {
  private settings: Promise<ClassifierSettings> | null = null;
  private readonly memo = new Map<string, Verdict>();

  constructor(
    private readonly classify: ClassifyFn,
    private readonly loadSettings: () => Promise<ClassifierSettings>,
    private readonly criterionName: (id: string) => string | undefined,
  ) {}

  /** Settings or corrections changed: forget the settings and every memoised verdict. */
  invalidate(): void {
    this.settings = null;
    this.memo.clear();
  }

  currentSettings(): Promise<ClassifierSettings> {
    return (this.settings ??= this.loadSettings().catch((error) => {
      this.settings = null;
      throw error;
    }));
  }

  async classifyReports(reports: unknown[]): Promise<TabPosting[]> {
    return (await this.classifyBatch(reports)).results;
  }

  /** The verdicts, and which settings made them (stored verdicts are only reused with the same). */
  async classifyBatch(reports: unknown[]): Promise<{ results: TabPosting[]; settingsKey: string }> {
    const settings = await this.currentSettings();
    return {
      results: reports.filter(isValidReport).map((report) => this.one(report, settings)),
      settingsKey: settingsKey(settings),
    };
  }

  private one(report: ReportedPosting, settings: ClassifierSettings): TabPosting {
    const key = postingSignature(report);
    let verdict = this.memo.get(key);
    if (!verdict) {
      verdict = this.classify(report.posting, settings, { titleOnly: report.kind === 'card' });
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(key, verdict);
    }
    const criterionNames: Record<string, string> = {};
    for (const e of verdict.evidence) {
      const name = this.criterionName(e.criterionId);
      if (name) criterionNames[e.criterionId] = name;
    }
    return { jobId: report.jobId, kind: report.kind, posting: report.posting, verdict, criterionNames };
  }
}
