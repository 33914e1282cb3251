// The naive title-keyword rule the classifier must beat, kept deliberately naive (it reads titles
// the way a quick skim would): "manager/director/chief…" → management, "administrator/assistant…"
// → administration, anything else → not applicable.
import type { Label, Posting } from '../types';

const MANAGEMENT = /\b(manager|director|chief|executive|president|head)\b/i;
const ADMINISTRATION = /\b(administrator|administrative|administration|admin|coordinator|co-ordinator|assistant|secretary|clerk|coder|officer|specialist)\b/i;

export function baselineLabel(posting: Posting): { label: Label; lean: number } {
  const title = posting.title ?? '';
  if (MANAGEMENT.test(title)) return { label: 'management', lean: 1 };
  if (ADMINISTRATION.test(title)) return { label: 'administration', lean: -1 };
  return { label: 'not_applicable', lean: 0 };
}
