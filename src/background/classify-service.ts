// The classifier as the background runs it: with the user's effective settings (loaded once and
// kept until they change), and each verdict's criterion names for the badge's tooltip. Which
// verdict is kept for a job, and when one is reused, is the ledger's business (ledger.ts).
import type { ClassifierSettings, Evidence, Posting, Verdict } from '../classifier/types';
import { badgeReasons } from '../shared/badge-reasons';
import { settingsSignature } from '../shared/posting-signature';
import type { ReportedPosting } from '../shared/protocol';

export type ClassifyFn = (posting: Posting, settings?: ClassifierSettings, options?: { titleOnly?: boolean }) => Verdict;

/** A report is usable if it has a job id and a title; anything else is skipped, not thrown on. */
export function isValidReport(value: unknown): value is ReportedPosting {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<ReportedPosting>;
  return (
    typeof r.jobId === 'string' &&
    r.jobId.length > 0 &&
    r.jobId.length <= 2000 &&
    (r.kind === 'card' || r.kind === 'detail') &&
    !!r.posting &&
    typeof r.posting === 'object' &&
    typeof r.posting.title === 'string' &&
    ['description', 'company', 'location'].every((k) => {
      const v = (r.posting as unknown as Record<string, unknown>)[k];
      return v === undefined || typeof v === 'string';
    })
  );
}

export interface LoadedSettings {
  settings: ClassifierSettings;
  /** settingsSignature of them: a verdict made with other settings is not reused. */
  signature: string;
}

export class ClassifyService {
  private settings: Promise<LoadedSettings> | null = null;

  constructor(
    private readonly classifyFn: ClassifyFn,
    private readonly loadSettings: () => Promise<ClassifierSettings>,
    private readonly criterionName: (id: string) => string | undefined,
  ) {}

  /** Settings or corrections changed: load them again on the next use. */
  invalidate(): void {
    this.settings = null;
  }

  currentSettings(): Promise<LoadedSettings> {
    return (this.settings ??= this.loadSettings()
      .then((settings) => ({ settings, signature: settingsSignature(settings) }))
      .catch((error) => {
        this.settings = null;
        throw error;
      }));
  }

  classify(report: ReportedPosting, settings: ClassifierSettings): Verdict {
    return this.classifyFn(report.posting, settings, { titleOnly: report.kind === 'card' });
  }

  /** What a verdict's badge gives as reasons: its strongest evidence, by criterion name. */
  reasons(verdict: { evidence: readonly Pick<Evidence, 'cue' | 'criterionId' | 'weight'>[] }): string[] {
    return badgeReasons(verdict.evidence, this.criterionName);
  }
}
