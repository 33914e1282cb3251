// What a user can tune in the classifier, described once: the shapes, the bounds and the
// defaults. The classifier's own validation (settings.ts), the stored settings
// (src/settings/schema.ts), imports and the options page's controls all derive from this.
import * as v from 'valibot';
import { idKey, keyedMap, list, numberBetween, objectOf } from '../schema/fields';

/** Criterion weight multiplier: 0 = ignore the criterion, 1 = as shipped. */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 3;

/** |lean| below this, with substantial evidence on both sides, is 'balanced'. */
export const BALANCED_BAND_MIN = 0;
export const BALANCED_BAND_MAX = 0.9;
// 1/3: LABELLING.md §3, "the weaker side is at least a third of the counted duties".
export const DEFAULT_BALANCED_BAND = 1 / 3;

/** Custom cue phrases: long phrases never match real postings and slow matching down. */
export const CUE_PHRASE_MAX = 60;
export const CUE_WEIGHT_MIN = 0.1;
export const CUE_WEIGHT_MAX = 3;
export const CUES_MAX = 100;

/** Phrases compare case- and space-insensitively: "Budget  Owner" duplicates "budget owner". */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

const phraseSchema = v.pipe(
  v.string((i) => `The phrase must be text, got ${typeof i.input}.`),
  v.check((p) => normalizePhrase(p) !== '', 'The phrase is empty.'),
  v.check((p) => normalizePhrase(p).length <= CUE_PHRASE_MAX, (i) => `The phrase is too long (${normalizePhrase(i.input).length} characters; at most ${CUE_PHRASE_MAX}).`),
  v.check((p) => /[\p{L}\p{N}]/u.test(p), 'The phrase needs a letter or a digit.'),
);

/** One custom cue; `criteria` (ids) refuses cues for criteria this version does not have. */
export function customCueSchema(criteria?: readonly string[]) {
  return objectOf({
    phrase: phraseSchema,
    criterionId: criteria
      ? v.custom<string>((id) => typeof id === 'string' && criteria.includes(id), (i) => (i.input === '' ? 'Choose a criterion for the phrase.' : `Unknown criterion "${String(i.input)}".`))
      : v.pipe(v.string(), v.nonEmpty('Choose a criterion for the phrase.')),
    weight: v.pipe(
      v.number((i) => `The weight must be a number, got ${String(i.input)}.`),
      v.finite(`The weight must be between ${CUE_WEIGHT_MIN} and ${CUE_WEIGHT_MAX}.`),
      v.minValue(CUE_WEIGHT_MIN, `The weight must be between ${CUE_WEIGHT_MIN} and ${CUE_WEIGHT_MAX}.`),
      v.maxValue(CUE_WEIGHT_MAX, `The weight must be between ${CUE_WEIGHT_MIN} and ${CUE_WEIGHT_MAX}.`),
    ),
  });
}

export function customCuesSchema(criteria?: readonly string[]) {
  return v.pipe(
    list(customCueSchema(criteria)),
    // A phrase used twice: the later copy is the one reported (and dropped), before the count.
    v.checkItems(
      (cue, i, all) => all.findIndex((other) => normalizePhrase(other.phrase) === normalizePhrase(cue.phrase)) === i,
      (issue) => `"${normalizePhrase((issue.input as { phrase: string }).phrase)}" is already a custom cue.`,
    ),
    v.maxLength(CUES_MAX, (i) => `must hold at most ${CUES_MAX} cues, got ${(i.input as unknown[]).length}`),
  );
}

export const weightSchema = numberBetween(WEIGHT_MIN, WEIGHT_MAX);

/** The classifier's settings; `criteria` (ids), when given, refuses weights and cues of unknown criteria. */
export function classifierSettingsSchema(criteria?: readonly string[]) {
  return objectOf({
    weights: v.optional(keyedMap(idKey(criteria, 'criterion'), weightSchema), {}),
    balancedBand: v.optional(numberBetween(BALANCED_BAND_MIN, BALANCED_BAND_MAX), DEFAULT_BALANCED_BAND),
    customCues: v.optional(customCuesSchema(criteria), []),
  });
}
