// The stored and imported corrections list, described once (valibot): the type's shape, bounds
// and the per-criterion features, a map keyed by criterion ids read back without a prototype.
import * as v from 'valibot';
import { checkKeepingValidParts, checkStrictly, type Checked, type Validated } from '../schema/check';
import { idKey, keyedMap, list, numberBetween, objectOf, oneOf, text } from '../schema/fields';
import { CORRECTION_LABELS, type Correction } from './types';

/** Features are evidence sums; anything beyond this is not a real posting. */
const FEATURE_LIMIT = 1000;
export const CORRECTIONS_MAX = 5000;

/** `criteria` (an import) refuses features of criteria this version does not have. */
function correctionsSchema(criteria?: readonly string[]) {
  const correction = objectOf({
    jobId: text(500),
    label: oneOf(CORRECTION_LABELS),
    features: keyedMap(idKey(criteria, 'criterion'), numberBetween(-FEATURE_LIMIT, FEATURE_LIMIT)),
    predicted: v.optional(oneOf([...CORRECTION_LABELS, 'not_applicable'])),
    title: v.optional(text(500)),
    at: numberBetween(0, Number.MAX_SAFE_INTEGER),
  });
  return v.pipe(
    list(correction),
    v.maxLength(CORRECTIONS_MAX, (i) => `must hold at most ${CORRECTIONS_MAX} corrections, got ${(i.input as unknown[]).length}`),
  ) satisfies v.GenericSchema<unknown, Correction[]>;
}

const storedSchema = correctionsSchema();

export function checkCorrections(raw: unknown): Checked<Correction[]> {
  return checkKeepingValidParts(storedSchema, raw, 'corrections', () => []);
}

export function checkImportedCorrections(raw: unknown, path: string, known: { criteria?: readonly string[] }): Validated<Correction[]> {
  return checkStrictly(correctionsSchema(known.criteria), raw, path);
}
