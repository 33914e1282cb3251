// What a badge's tooltip says of a verdict: its two strongest pieces of evidence, as
// "“cue” — criterion". Worked out by the background (which knows the criteria's names), so a page
// receives a few words per posting, not the verdict's evidence.
import type { Evidence } from '../classifier/types';

/** "strategic_planning" → "Strategic planning", for criteria without a name. */
export function humanizeCriterionId(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function badgeReasons(
  evidence: readonly Pick<Evidence, 'cue' | 'criterionId' | 'weight'>[],
  nameOf: (criterionId: string) => string | undefined,
  count = 2,
): string[] {
  return [...evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, count)
    .map((e) => `“${e.cue}” — ${nameOf(e.criterionId) ?? humanizeCriterionId(e.criterionId)}`);
}
