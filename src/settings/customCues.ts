// Validation of one custom cue against the others: the options form and imports share it.
import type { CustomCue } from '../classifier/types';
import { CUE_PHRASE_MAX, CUE_WEIGHT_MAX, CUE_WEIGHT_MIN } from './limits';

/** Phrases compare case- and space-insensitively: "Budget  Owner" duplicates "budget owner". */
function normalizePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Why a cue cannot be saved, or null when it can.
 * `others` are the cues already kept (excluding the one being edited).
 * `knownCriteria`, when given, restricts criterionId to real criteria.
 */
export function customCueProblem(
  cue: CustomCue,
  others: readonly CustomCue[],
  knownCriteria?: readonly string[],
): string | null {
  const phrase = normalizePhrase(cue.phrase);
  if (phrase === '') return 'The phrase is empty.';
  if (phrase.length > CUE_PHRASE_MAX)
    return `The phrase is too long (${phrase.length} characters; at most ${CUE_PHRASE_MAX}).`;
  if (others.some((o) => normalizePhrase(o.phrase) === phrase))
    return `"${phrase}" is already a custom cue.`;
  if (cue.criterionId.trim() === '') return 'Choose a criterion for the phrase.';
  if (knownCriteria && !knownCriteria.includes(cue.criterionId))
    return `Unknown criterion "${cue.criterionId}".`;
  if (!Number.isFinite(cue.weight) || cue.weight < CUE_WEIGHT_MIN || cue.weight > CUE_WEIGHT_MAX)
    return `The weight must be between ${CUE_WEIGHT_MIN} and ${CUE_WEIGHT_MAX}.`;
  return null;
}
