// Saved jobs for the shortlist's unit tests, built the way the background builds them.
import { criterionById } from '../../../src/classifier/criteria';
import type { Posting, Verdict } from '../../../src/classifier/types';
import { savedJobFrom } from '../../../src/shortlist/saved-job';
import type { SavedJob } from '../../../src/shortlist/types';
import { defaultCatalogue } from '../../../src/training/catalogue';
import {
  administrationPosting,
  administrationVerdict,
  managementPosting,
  managementVerdict,
} from '../popup/verdict-fixtures';

export function jobFrom(posting: Posting, verdict: Verdict, jobId: string, extra: Partial<SavedJob> = {}): SavedJob {
  return {
    ...savedJobFrom({
      key: `workday@example.wd1.myworkdayjobs.com#${jobId}`,
      jobId,
      posting,
      verdict,
      board: 'workday',
      boardName: 'Workday',
      link: `https://example.wd1.myworkdayjobs.com/jobs/${jobId}`,
      criterionName: (id) => criterionById(id)?.name ?? id,
      catalogue: defaultCatalogue,
      held: [],
      now: new Date('2026-12-01T10:00:00Z'),
    }),
    ...extra,
  };
}

/** A management posting that names the MHA as preferred and FACHE as required. */
export const namingPosting: Posting = {
  ...managementPosting,
  description: `${managementPosting.description}\nA Master of Health Administration (MHA) is preferred.\nFACHE certification is required within two years.`,
};

export const managementJob = (id = 'M1', extra: Partial<SavedJob> = {}) => jobFrom(managementPosting, managementVerdict, id, extra);
export const namingJob = (id = 'N1') => jobFrom(namingPosting, managementVerdict, id);
export const administrationJob = (id = 'A1', extra: Partial<SavedJob> = {}) =>
  jobFrom(administrationPosting, administrationVerdict, id, extra);
