// Validation of the stored / imported corrections list.
import type { Label } from '../classifier/types';
import { IssueList, type Validated } from '../storage/validation';
import { CORRECTION_LABELS, type Correction } from './types';

/** Features are evidence sums; anything beyond this is not a real posting. */
const FEATURE_LIMIT = 1000;
export const CORRECTIONS_MAX = 5000;

export function validateCorrections(raw: unknown, path = 'corrections'): Validated<Correction[]> {
  const issues = new IssueList();
  const list = issues.array(raw, path);
  if (!list) return { ok: false, issues: issues.issues };
  if (list.length > CORRECTIONS_MAX) issues.add(path, `must hold at most ${CORRECTIONS_MAX} corrections`);
  const out: Correction[] = [];
  list.forEach((item, i) => {
    const p = `${path}[${i}]`;
    const obj = issues.record(item, p);
    if (!obj) return;
    const jobId = issues.string(obj.jobId, `${p}.jobId`, 500);
    const label = issues.oneOf(obj.label, `${p}.label`, CORRECTION_LABELS);
    const at = issues.number(obj.at, `${p}.at`, 0, Number.MAX_SAFE_INTEGER);
    const rawFeatures = issues.record(obj.features, `${p}.features`);
    const features: Record<string, number> = {};
    for (const [id, v] of Object.entries(rawFeatures ?? {})) {
      const n = issues.number(v, `${p}.features.${id}`, -FEATURE_LIMIT, FEATURE_LIMIT);
      if (n !== undefined) features[id] = n;
    }
    const predicted =
      obj.predicted === undefined
        ? undefined
        : issues.oneOf<Label>(obj.predicted, `${p}.predicted`, [...CORRECTION_LABELS, 'not_applicable']);
    const title = obj.title === undefined ? undefined : issues.string(obj.title, `${p}.title`, 500);
    if (jobId === undefined || !label || at === undefined || !rawFeatures) return;
    const correction: Correction = { jobId, label, features, at };
    if (predicted) correction.predicted = predicted;
    if (title !== undefined) correction.title = title;
    out.push(correction);
  });
  return issues.ok ? { ok: true, value: out } : { ok: false, issues: issues.issues };
}
