// Classifier settings: defaults, validation and merging. Bad settings are reported as readable
// errors, never thrown from classify().
import { criteria } from './criteria';
import type { ClassifierSettings, CustomCue } from './types';

export const MAX_CRITERION_WEIGHT = 5;
export const MAX_CUSTOM_CUES = 200;

export function defaultClassifierSettings(): ClassifierSettings {
  return { weights: {}, balancedBand: 0.45, customCues: [] };
}

export type ValidationResult = { ok: true; value: ClassifierSettings } | { ok: false; errors: string[] };

const knownIds = new Set(criteria.map((c) => c.id));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a whole or partial settings object; missing fields take their defaults. */
export function validateClassifierSettings(input: unknown): ValidationResult {
  const errors: string[] = [];
  const value = defaultClassifierSettings();
  if (input === undefined || input === null) return { ok: true, value };
  if (!isRecord(input)) return { ok: false, errors: ['Classifier settings must be an object.'] };

  if (input.weights !== undefined) {
    if (!isRecord(input.weights)) errors.push('weights must be an object of criterion id → number.');
    else {
      for (const [id, w] of Object.entries(input.weights)) {
        if (!knownIds.has(id)) errors.push(`weights: unknown criterion id "${id}".`);
        else if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > MAX_CRITERION_WEIGHT) {
          errors.push(`weights["${id}"] must be a number from 0 to ${MAX_CRITERION_WEIGHT}.`);
        } else value.weights[id] = w;
      }
    }
  }
  if (input.balancedBand !== undefined) {
    const b = input.balancedBand;
    if (typeof b !== 'number' || !Number.isFinite(b) || b < 0 || b > 1) errors.push('balancedBand must be a number from 0 to 1.');
    else value.balancedBand = b;
  }
  if (input.customCues !== undefined) {
    if (!Array.isArray(input.customCues)) errors.push('customCues must be a list.');
    else {
      if (input.customCues.length > MAX_CUSTOM_CUES) errors.push(`customCues: at most ${MAX_CUSTOM_CUES} cues.`);
      input.customCues.slice(0, MAX_CUSTOM_CUES).forEach((cue: unknown, i: number) => {
        const checked = checkCustomCue(cue, i);
        if (typeof checked === 'string') errors.push(checked);
        else value.customCues.push(checked);
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function checkCustomCue(cue: unknown, i: number): CustomCue | string {
  if (!isRecord(cue)) return `customCues[${i}] must be an object {phrase, criterionId, weight}.`;
  const { phrase, criterionId, weight } = cue;
  if (typeof phrase !== 'string' || !/[\p{L}\p{N}]/u.test(phrase) || phrase.length > 100) {
    return `customCues[${i}].phrase must be a non-empty phrase of at most 100 characters.`;
  }
  if (typeof criterionId !== 'string' || !knownIds.has(criterionId)) {
    return `customCues[${i}].criterionId "${String(criterionId)}" is not a known criterion.`;
  }
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_CRITERION_WEIGHT) {
    return `customCues[${i}].weight must be a number from 0 to ${MAX_CRITERION_WEIGHT}.`;
  }
  return { phrase: phrase.trim(), criterionId, weight };
}

/**
 * The settings classify() runs with. Invalid input never throws: invalid fields fall back to their
 * defaults (callers that need the errors call validateClassifierSettings first).
 */
export function resolveSettings(input: unknown): ClassifierSettings {
  const checked = validateClassifierSettings(input);
  if (checked.ok) return checked.value;
  // Keep the valid parts: validate each field on its own.
  const value = defaultClassifierSettings();
  if (isRecord(input)) {
    for (const key of ['weights', 'balancedBand', 'customCues'] as const) {
      const one = validateClassifierSettings({ [key]: input[key] });
      if (one.ok) Object.assign(value, { [key]: one.value[key] });
    }
  }
  return value;
}
