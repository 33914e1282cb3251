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

/**
 * How far the role's own remit reaches (LABELLING.md §2): a whole organisation, a division or
 * business line (several departments, a region, a service line), one department (a service, unit,
 * practice or office), or the post holder's own work.
 */
export type Scope = 'organisation' | 'division' | 'department' | 'individual';

/**
 * Which part of a posting a sentence belongs to (LABELLING.md §1): the role's duties decide; the
 * person specification counts little; the employer describing itself and benefits, pay,
 * equal-opportunity, logistics and posting metadata ('other') count for nothing.
 */
export type Zone = 'title' | 'duties' | 'person' | 'employer' | 'other';

/**
 * How a cue was read in its sentence, when not at face value: a management word governed by a
 * support verb ("prepare papers for the Board") or a delivering verb ("implement the strategy")
 * counts for administration (LABELLING.md §2); a negated cue pulls against its side.
 */
export type Sense = 'support' | 'delivering' | 'negated';

/** What decided the tag: the counted duty statements, the role's organisation-level scope, or (thin postings, list cards) the title. */
export type DecidedBy = 'duties' | 'scope' | 'title';

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
  /** `input[field].slice(sentenceStart, sentenceEnd) === sentence` */
  sentenceStart: number;
  sentenceEnd: number;
  /** Where in the posting it was found. */
  zone: Zone;
  /** Set when the cue was not read at face value (its criterion is then the one it counts for). */
  sense?: Sense;
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
  /** How far the role's remit reaches, from the title's own role and the duties. */
  scope: Scope;
  /** Duty statements counted for each side (LABELLING.md §3), after zone and user weights. */
  duties: { management: number; administration: number };
  decidedBy: DecidedBy;
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
  /**
   * 'balanced' needs |M − A| / (M + A) of the counted duty statements below this band (and at
   * least two statements a side). 1/3 is LABELLING.md §3's "the weaker side is at least a third".
   */
  balancedBand: number;
  customCues: CustomCue[];
}
