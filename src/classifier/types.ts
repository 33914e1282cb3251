// The classifier's public vocabulary. Pure data types: no DOM, no browser API.

/** One job posting as a site adapter, the CLI or a test hands it to the classifier. */
export interface Posting {
  title: string;
  description?: string;
  company?: string;
  location?: string;
}

export type Label = 'management' | 'administration' | 'balanced' | 'not_applicable';

/** Which way a criterion pulls. (Whether a role is a healthcare leadership role at all is relevance.ts's question.) */
export type Side = 'management' | 'administration';

export type Seniority = 'entry' | 'mid' | 'senior' | 'executive';

export type Specialization =
  // management (documents: finance, human resources, information systems, quality improvement)
  | 'finance'
  | 'human_resources'
  | 'information_systems'
  | 'quality_improvement'
  // administration (documents: billing and coding, patient relations, compliance, records management)
  | 'billing_coding'
  | 'patient_services'
  | 'compliance'
  | 'records_management'
  // administration, where the evidence shows it
  | 'operations'
  | 'admissions'
  | 'scheduling';

/** Which part of the input an evidence item's offsets slice. */
export type TextField = 'title' | 'description';

export interface Evidence {
  criterionId: string;
  side: Side;
  /** Signed contribution after section, negation and settings weights (positive = toward `side`). */
  weight: number;
  /** The matched words exactly as they stand in the input. */
  cue: string;
  /** The whole sentence around the cue, verbatim. */
  sentence: string;
  field: TextField;
  /** `input[field].slice(start, end) === cue` */
  start: number;
  end: number;
  /** Where in the posting it was found (title, duties, about the employer …). */
  section?: string;
}

export interface Relevance {
  relevant: boolean;
  reason: string;
}

export interface Verdict {
  label: Label;
  /** −1 administration … +1 management */
  lean: number;
  /** 0 … 1 */
  confidence: number;
  relevance: Relevance;
  seniority: Seniority;
  specializations: Specialization[];
  evidence: Evidence[];
  /** Title-only mode (list cards) or the full posting. */
  mode: 'full' | 'title';
}

export interface CustomCue {
  phrase: string;
  criterionId: string;
  weight: number;
}

/** What a user can tune. Defaults and validation live in settings.ts. */
export interface ClassifierSettings {
  /** Multiplier per criterion id (1 = as shipped, 0 = ignore). */
  weights: Record<string, number>;
  /** |lean| below this, with substantial evidence on both sides, is 'balanced'. */
  balancedBand: number;
  customCues: CustomCue[];
}
