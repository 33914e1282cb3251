// A training suggestion: a degree, certificate, certification or course.
import type { Seniority, Side, Specialization } from '../classifier/types';

/** The sentence of the criteria documents an entry rests on (checked against the documents in tests). */
export interface TrainingGrounding {
  /** Verbatim words from the document. */
  quote: string;
  /** File name in ../shared/criteria/. */
  document: string;
}

export interface TrainingEntry {
  id: string;
  name: string;
  kind: 'degree' | 'certificate' | 'certification' | 'course';
  /** e.g. 'bachelor', 'master', 'professional', 'entry' */
  level: string;
  /** Which lean(s) it serves. */
  sides: Side[];
  specializations: Specialization[];
  seniority: Seniority[];
  /** One line: the criterion of the documents it serves. */
  why: string;
  /** Optional https link. */
  link?: string;
  /** Abbreviations/aliases a posting may use ("MHA", "CPC") to detect that the posting names it. */
  aliases?: string[];
  /**
   * Abbreviations that also mean something else in healthcare ("CHC" = community health centre):
   * they count as naming this entry only in a sentence that also talks about credentials.
   */
  contextAliases?: string[];
  /** For degrees: the level word plus one of these fields in one sentence names the degree. */
  degreeFields?: string[];
  /** Who awards it (for certifications), e.g. "ACHE". */
  issuer?: string;
  /** The documents' sentence behind `why`. */
  grounding?: TrainingGrounding;
  /** true for entries the user added in options. */
  custom?: boolean;
}
