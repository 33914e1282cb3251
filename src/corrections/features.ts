// The per-criterion features a correction is learned from: for each criterion, the signed sum of
// its evidence weights (positive = toward management), divided back to weight 1 so that features
// do not depend on the weights in force when the user corrected the posting.
import type { Verdict } from '../classifier/types';
import type { CriterionFeatures } from './types';

export function verdictFeatures(
  verdict: Pick<Verdict, 'evidence'>,
  activeWeights: Record<string, number> = {},
  /** Evidence a kept verdict left out (src/shared/compact-verdict.ts), already signed. */
  omitted: Readonly<Record<string, { weight: number }>> = {},
): CriterionFeatures {
  const features: CriterionFeatures = Object.create(null);
  for (const e of verdict.evidence) {
    const signed = e.side === 'management' ? e.weight : -e.weight;
    features[e.criterionId] = (features[e.criterionId] ?? 0) + signed;
  }
  for (const [id, { weight }] of Object.entries(omitted)) features[id] = (features[id] ?? 0) + weight;
  for (const [id, sum] of Object.entries(features)) {
    const multiplier = (Object.prototype.hasOwnProperty.call(activeWeights, id) ? activeWeights[id] : undefined) ?? 1;
    // A criterion at weight 0 contributed nothing; there is nothing to divide back.
    features[id] = multiplier > 0 ? sum / multiplier : sum;
    if (features[id] === 0) delete features[id];
  }
  return features;
}
