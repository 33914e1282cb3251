// The classifier's closed vocabularies as lists a schema can check against, written once. Each list
// is tied to its type (`satisfies`), so a value the classifier adds or drops is a type error here.
import type { Label, Seniority, Side, Specialization } from '../classifier/types';
import type { TrainingEntry } from '../training/types';

export const LABELS = ['management', 'administration', 'balanced', 'not_applicable'] as const satisfies readonly Label[];
export const SIDES = ['management', 'administration'] as const satisfies readonly Side[];
export const SENIORITIES = ['entry', 'mid', 'senior', 'executive'] as const satisfies readonly Seniority[];
export const TRAINING_KINDS = ['degree', 'certificate', 'certification', 'course'] as const satisfies readonly TrainingEntry['kind'][];
export const SPECIALIZATIONS = [
  'finance',
  'human_resources',
  'information_systems',
  'quality_improvement',
  'billing_coding',
  'patient_services',
  'compliance',
  'records_management',
  'operations',
  'admissions',
  'scheduling',
] as const satisfies readonly Specialization[];
