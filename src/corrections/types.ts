// A user's correction: "this posting is really management / administration / balanced".
import type { Label } from '../classifier/types';

export type CorrectionLabel = 'management' | 'administration' | 'balanced';

export const CORRECTION_LABELS: readonly CorrectionLabel[] = ['management', 'administration', 'balanced'];

/** Per criterion id: the signed evidence sum (positive = toward management), at weight 1. */
export type CriterionFeatures = Record<string, number>;

export interface Correction {
  jobId: string;
  label: CorrectionLabel;
  features: CriterionFeatures;
  /** What RoleLens said before the correction, for the options list. */
  predicted?: Label;
  /** The posting title, for the options list. */
  title?: string;
  /** Epoch ms; corrections are learned in this order. */
  at: number;
}
