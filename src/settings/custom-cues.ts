// Whether one custom cue can join the others (the options form asks before adding one); the same
// custom-cue schema checks stored settings and imports.
import * as v from 'valibot';
import { customCueSchema, normalizePhrase } from '../classifier/settings-schema';
import type { CustomCue } from '../classifier/types';

/**
 * Why a cue cannot be saved, or null when it can. `others` are the cues already kept (excluding
 * the one being edited); `knownCriteria`, when given, restricts criterionId to real criteria.
 */
export function customCueProblem(cue: CustomCue, others: readonly CustomCue[], knownCriteria?: readonly string[]): string | null {
  const checked = v.safeParse(customCueSchema(knownCriteria), cue, { abortPipeEarly: true });
  if (!checked.success) return checked.issues[0]?.message ?? 'This cue cannot be saved.';
  const phrase = normalizePhrase(cue.phrase);
  if (others.some((o) => normalizePhrase(o.phrase) === phrase)) return `"${phrase}" is already a custom cue.`;
  return null;
}
