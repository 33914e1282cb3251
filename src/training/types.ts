// A training suggestion: a degree, certificate, certification or course.
import type { Seniority, Side, Specialization } from '../classifier/types';

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
  /** true for entries the user added in options. */
  custom?: boolean;
}
