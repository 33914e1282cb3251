// The user's settings, described once: this schema gives the Settings type, the defaults, the
// validation of stored values and imports, and (through the classifier's settings schema) the
// bounds the options page's controls use.
import * as v from 'valibot';
import { classifierSettingsSchema } from '../classifier/settings-schema';
import type { Label } from '../classifier/types';
import { checkKeepingValidParts, checkStrictly, type Checked, type Validated } from '../schema/check';
import { flag, idKey, keyedMap, numberBetween, objectOf, oneOf } from '../schema/fields';

export const LABELS = ['management', 'administration', 'balanced', 'not_applicable'] as const satisfies readonly Label[];

/** Below this confidence the badge says "Unsure" instead of a tag. */
export const MIN_CONFIDENCE_MIN = 0;
export const MIN_CONFIDENCE_MAX = 0.95;

const displaySchema = objectOf({
  /** Compact ("Mgmt 82%") or full ("Management 82%") badges on cards; a job page's own badge is always full. */
  badgeStyle: v.optional(oneOf(['compact', 'full']), 'compact'),
  /** What to do with postings that are not healthcare management/administration roles. */
  notApplicable: v.optional(oneOf(['show', 'dim', 'hide']), 'dim'),
  /** Dim or hide cards that are not of the chosen tag (the popup's filter writes this too). */
  tagFilter: v.optional(
    objectOf({
      mode: v.optional(oneOf(['off', 'dim', 'hide']), 'off'),
      label: v.optional(v.nullable(oneOf(LABELS)), null),
    }),
    {},
  ),
  minConfidence: v.optional(numberBetween(MIN_CONFIDENCE_MIN, MIN_CONFIDENCE_MAX), 0),
  /** Colour scheme of the extension's own pages (since v2). */
  theme: v.optional(oneOf(['auto', 'light', 'dark']), 'auto'),
});

function sitesSchema(sites?: readonly string[]) {
  return objectOf({
    /** Per adapter id; missing = enabled. */
    enabled: v.optional(keyedMap(idKey(sites, 'job board'), flag()), {}),
    /** "Any page with JobPosting data": needs the optional host permission. */
    anyJobPostingPage: v.optional(flag(), false),
  });
}

/**
 * Missing fields take their defaults (a hand-trimmed file is fine). `known` (an import) refuses
 * weights and cues of criteria, and switches of boards, that this version does not have.
 */
export function settingsSchema(known: { criteria?: readonly string[]; sites?: readonly string[] } = {}) {
  return objectOf({
    classifier: v.optional(classifierSettingsSchema(known.criteria), {}),
    display: v.optional(displaySchema, {}),
    sites: v.optional(sitesSchema(known.sites), {}),
  });
}

const storedSchema = settingsSchema();

export type Settings = v.InferOutput<typeof storedSchema>;
export type DisplaySettings = Settings['display'];
export type SiteSettings = Settings['sites'];

export function defaultSettings(): Settings {
  return v.parse(storedSchema, {});
}

/** A stored value: every valid part kept, each dropped part named. */
export function checkSettings(raw: unknown): Checked<Settings> {
  return checkKeepingValidParts(storedSchema, raw, 'settings', defaultSettings);
}

/** An imported value: every problem named, nothing dropped. */
export function checkImportedSettings(raw: unknown, path: string, known: { criteria?: readonly string[]; sites?: readonly string[] }): Validated<Settings> {
  return checkStrictly(settingsSchema(known), raw, path);
}
