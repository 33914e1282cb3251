// Specialisations named by the documents, ranked by the evidence that supports them.
import { criterionById } from './criteria';
import type { Evidence, Specialization } from './types';

const MIN_SHARE = 0.3;
const MIN_WEIGHT = 1;
const MAX_SPECIALIZATIONS = 3;

export function rankSpecializations(evidence: readonly Evidence[]): Specialization[] {
  const totals = new Map<Specialization, number>();
  for (const e of evidence) {
    if (e.weight <= 0) continue;
    const spec = criterionById(e.criterionId)?.specialization;
    if (!spec) continue;
    totals.set(spec, (totals.get(spec) ?? 0) + e.weight);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, w]) => w >= MIN_WEIGHT && w >= top * MIN_SHARE)
    .slice(0, MAX_SPECIALIZATIONS)
    .map(([s]) => s);
}
