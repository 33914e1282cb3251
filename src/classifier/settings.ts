// Classifier settings: defaults and validation. Bad settings are reported as readable errors and
// warnings, never thrown from classify(). Shapes and bounds live in settings-schema.ts.
import { checkKeepingValidParts } from '../schema/check';
import { criteria } from './criteria';
import { classifierSettingsSchema, DEFAULT_BALANCED_BAND } from './settings-schema';
import type { ClassifierSettings } from './types';

export function defaultClassifierSettings(): ClassifierSettings {
  return { weights: {}, balancedBand: DEFAULT_BALANCED_BAND, customCues: [] };
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

let knownCriteriaSchema: ReturnType<typeof classifierSettingsSchema> | null = null;

/**
 * Checks a whole or partial settings object against the one settings schema (settings-schema.ts):
 * missing fields take their defaults, every valid part is kept, and each dropped part is named.
 */
export function validateClassifierSettings(input: unknown): ValidationResult {
  const schema = (knownCriteriaSchema ??= classifierSettingsSchema(criteria.map((c) => c.id)));
  const checked = checkKeepingValidParts(schema, input ?? {}, '', defaultClassifierSettings);
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const issue of checked.issues) {
    const text = issue.path ? `${issue.path}: ${issue.message}` : `Classifier settings ${issue.message}`;
    // A whole field (or the whole value) refused is an error; a single entry dropped, a warning.
    if (checked.whole || !/[.[]/.test(issue.path)) errors.push(text);
    else warnings.push(text);
  }
  return { ok: errors.length === 0, value: checked.whole ? defaultClassifierSettings() : checked.value, errors, warnings };
}

const resolved = new WeakMap<object, ClassifierSettings>();

/**
 * The settings classify() runs with. Invalid input never throws: invalid entries are dropped and
 * invalid fields fall back to their defaults (callers that need the reasons call
 * validateClassifierSettings). The same settings object is checked once, however many postings.
 */
export function resolveSettings(input: unknown): ClassifierSettings {
  if (typeof input !== 'object' || input === null) return validateClassifierSettings(input).value;
  let settings = resolved.get(input);
  if (!settings) resolved.set(input, (settings = validateClassifierSettings(input).value));
  return settings;
}
