// "What would have tipped it the other way": the other side's strongest criteria that the posting
// does not meet, or meets only weakly. Pure.
import type { Evidence, Side, Verdict } from '../../classifier/types';
import type { CriterionInfo } from './evidence-groups';

export interface TippingCriterion {
  criterion: CriterionInfo;
  /** How much the posting already showed of it (0 = absent). */
  found: number;
  status: 'absent' | 'weak';
}

/** The side a different tag would have needed; null when there is no other way to tip. */
export function otherSide(verdict: Pick<Verdict, 'label' | 'lean'>): Side | null {
  if (verdict.label === 'management') return 'administration';
  if (verdict.label === 'administration') return 'management';
  // Balanced: the side that is a little behind would have decided it.
  if (verdict.label === 'balanced') return verdict.lean >= 0 ? 'administration' : 'management';
  return null;
}

/**
 * Up to `limit` criteria of the other side, by their weight in the criteria, that are absent or
 * weak (found with less than half the weight of one plain cue).
 */
export function tippingCriteria(
  verdict: Pick<Verdict, 'label' | 'lean' | 'evidence'>,
  criteria: readonly CriterionInfo[],
  limit = 3,
): TippingCriterion[] {
  const side = otherSide(verdict);
  if (!side) return [];
  const found = new Map<string, number>();
  for (const e of verdict.evidence as readonly Evidence[]) {
    if (e.weight > 0) found.set(e.criterionId, (found.get(e.criterionId) ?? 0) + e.weight);
  }
  return criteria
    .filter((c) => c.side === side)
    .map((c) => ({ criterion: c, found: found.get(c.id) ?? 0 }))
    .filter(({ criterion, found }) => found < criterion.weight * 0.5)
    .map(({ criterion, found }) => ({ criterion, found, status: found === 0 ? ('absent' as const) : ('weak' as const) }))
    .sort((a, b) => b.criterion.weight - a.criterion.weight)
    .slice(0, limit);
}
