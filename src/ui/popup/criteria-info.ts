// The criteria as the popup shows them (names, the documents' words, weights, cue words).
import { criteria, criterionById } from '../../classifier/criteria';
import type { CriterionInfo } from './evidence-groups';

export const popupCriteria = criteria;

export function lookupCriterion(id: string): CriterionInfo | undefined {
  return criterionById(id);
}
