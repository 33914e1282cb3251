// Which built-in sample postings a custom-cue change would change. Pure: classify twice and compare.
import { classify } from '../../classifier';
import type { ClassifierSettings, Label } from '../../classifier/types';
import type { SamplePosting } from './samples';

export interface SampleChange {
  sampleId: string;
  title: string;
  before: { label: Label; lean: number };
  after: { label: Label; lean: number };
}

/** Samples whose label or lean (to two decimals) differs between the two settings. */
export function changedSamples(
  samples: readonly SamplePosting[],
  current: ClassifierSettings,
  proposed: ClassifierSettings,
): SampleChange[] {
  const changes: SampleChange[] = [];
  for (const sample of samples) {
    const a = classify(sample.posting, current);
    const b = classify(sample.posting, proposed);
    if (a.label !== b.label || Math.abs(a.lean - b.lean) >= 0.005) {
      changes.push({
        sampleId: sample.id,
        title: sample.posting.title,
        before: { label: a.label, lean: a.lean },
        after: { label: b.label, lean: b.lean },
      });
    }
  }
  return changes;
}
