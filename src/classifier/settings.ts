// Classifier settings: defaults, validation and merging. Bad settings are reported as readable
// errors and warnings, never thrown from classify().
import { criterionById } from './criteria';
import type { ClassifierSettings, CustomCue } from './types';

// Sanity bounds for any caller of classify(). The extension's stored settings have tighter ones
// (src/settings/limits.ts), which the options page and imports enforce.
export const MAX_CRITERION_WEIGHT = 5;
export const MAX_CUSTOM_CUES = 200;

export function defaultClassifierSettings(): ClassifierSettings {
  // balancedBand 1/3: LABELLING.md §3, "the weaker side is at least a third of the counted duties".
  return { weights: {}, balancedBand: 1 / 3, customCues: [] };
}

export interface ValidationResult {
  /** False when a whole field was unusable and fell back to its default. */
  ok: boolean;
  /** The settings to run with: every valid part of the input, defaults for the rest. */
  value: ClassifierSettings;
  /** Whole fields refused (wrong type, out of range). */
  errors: string[];
  /** Single entries dropped while the rest of their field was kept (unknown criterion id, bad weight, bad cue). */
  warnings: string[];
}

const isKnownId = (id: unknown): id is string => typeof id === 'string' && criterionById(id) !== undefined;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isWeight = (w: unknown): w is number =>
  typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= MAX_CRITERION_WEIGHT;

/** Checks a whole or partial settings object; missing fields take their defaults. */
export function validateClassifierSettings(input: unknown): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const value = defaultClassifierSettings();
  const result = (): ValidationResult => ({ ok: errors.length === 0, value, errors, warnings });
  if (input === undefined || input === null) return result();
  if (!isRecord(input)) {
    errors.push('Classifier settings must be an object.');
    return result();
  }

  if (input.weights !== undefined) {
    if (!isRecord(input.weights)) errors.push('weights must be an object of criterion id → number.');
    else {
      // One stale or mistyped id (e.g. a criterion renamed in an update) must not cost the user
      // every other weight they set.
      for (const [id, w] of Object.entries(input.weights)) {
        if (!isKnownId(id)) warnings.push(`weights: unknown criterion id "${id}" ignored.`);
        else if (!isWeight(w)) warnings.push(`weights["${id}"] must be a number from 0 to ${MAX_CRITERION_WEIGHT}; ignored.`);
        else value.weights[id] = w;
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
      if (input.customCues.length > MAX_CUSTOM_CUES) {
        warnings.push(`customCues: at most ${MAX_CUSTOM_CUES} cues; the rest are ignored.`);
      }
      input.customCues.slice(0, MAX_CUSTOM_CUES).forEach((cue: unknown, i: number) => {
        const checked = checkCustomCue(cue, i);
        if (typeof checked === 'string') warnings.push(checked);
        else value.customCues.push(checked);
      });
    }
  }
  return result();
}

function checkCustomCue(cue: unknown, i: number): CustomCue | string {
  if (!isRecord(cue)) return `customCues[${i}] must be an object {phrase, criterionId, weight}; ignored.`;
  const { phrase, criterionId, weight } = cue;
  if (typeof phrase !== 'string' || !/[\p{L}\p{N}]/u.test(phrase) || phrase.length > 100) {
    return `customCues[${i}].phrase must be a non-empty phrase of at most 100 characters; ignored.`;
  }
  if (!isKnownId(criterionId)) {
    return `customCues[${i}].criterionId "${String(criterionId)}" is not a known criterion; ignored.`;
  }
  if (!isWeight(weight)) {
    return `customCues[${i}].weight must be a number from 0 to ${MAX_CRITERION_WEIGHT}; ignored.`;
  }
  return { phrase: phrase.trim(), criterionId, weight };
}

/**
 * The settings classify() runs with. Invalid input never throws: invalid entries are dropped and
 * invalid fields fall back to their defaults (callers that need the reasons call
 * validateClassifierSettings).
 */
export function resolveSettings(input: unknown): ClassifierSettings {
  return validateClassifierSettings(input).value;
}
