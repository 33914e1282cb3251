// Human words for the classifier's vocabulary, shared by the popup and the options page (the
// tags' own words and icons are in src/shared/tag-vocabulary.ts, which the badge shares too).
// Plain data (no DOM), so pure modules such as the training suggestions can use it too.
import type { DecidedBy, Scope, Seniority, Sense, Side, Specialization, Zone } from '../../classifier/types';

export const sideNames: Record<Side, string> = {
  management: 'management',
  administration: 'administration',
};

export const seniorityNames: Record<Seniority, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  executive: 'Executive',
};

/** How far the role's remit reaches (the verdict's scope). */
export const scopeNames: Record<Scope, string> = {
  organisation: 'Whole organisation',
  division: 'Division or service line',
  department: 'One department, service or practice',
  individual: 'Individual post',
};

/** Where in the posting a quote came from, and what that means for how much it counted. */
export const zoneNotes: Record<Zone, string> = {
  title: 'from the title',
  duties: 'from the duties',
  person: 'from the person specification, counted a little',
  employer: 'from the employer’s description of itself, not counted',
  other: 'from benefits, pay or posting details, not counted',
};

/** Why a quote counted for a side other than its words suggest. */
export const senseNotes: Record<Sense, string> = {
  support: 'a management word in a support duty, so it counts for administration',
  delivering: 'delivering what others set, so it counts for administration',
  negated: 'said in the negative, so it counts against',
};

/** What decided the tag, in a sentence. */
export const decidedByNotes: Record<DecidedBy, string> = {
  duties: 'Decided by the duties: the statements of what the post holder will do.',
  scope: 'Decided by scope: the post answers for the whole organisation, which makes it management even where its duties are operational.',
  title: 'Decided by the title: the posting states too few duties to go on.',
};

export const specializationNames: Record<Specialization, string> = {
  finance: 'Finance',
  human_resources: 'Human resources',
  information_systems: 'Information systems',
  quality_improvement: 'Quality improvement',
  billing_coding: 'Billing and coding',
  patient_services: 'Patient services',
  compliance: 'Compliance',
  records_management: 'Records management',
  operations: 'Operations',
  admissions: 'Admissions',
  scheduling: 'Scheduling',
};

/** Confidence in words; the number is always shown beside it. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.75) return 'High confidence';
  if (confidence >= 0.5) return 'Moderate confidence';
  if (confidence >= 0.25) return 'Low confidence';
  return 'Very low confidence';
}

/** 0.823 → "82%" */
export function percent(value: number): string {
  return `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
}

/** The lean (−1 administration … +1 management) in words, for the meter's accessible value. */
export function leanWords(lean: number): string {
  const strength = Math.abs(lean);
  if (strength < 0.1) return 'Evenly between administration and management';
  const side = lean > 0 ? 'management' : 'administration';
  const degree = strength >= 0.6 ? 'Strongly' : strength >= 0.3 ? 'Clearly' : 'Slightly';
  return `${degree} toward ${side} (${percent(strength)})`;
}
