// Validation of a stored or imported shortlist: any value in, a Shortlist or the list of what is
// wrong out (each issue naming where). Same rules as settings: missing optional fields take
// their defaults, wrong types are refused, nothing is half-accepted.
import type { Label, Seniority, Side, Specialization } from '../classifier/types';
import { IssueList, type Validated } from '../storage/validation';
import type { TrainingEntry } from '../training/types';
import { safeLink } from './key';
import {
  LINK_MAX,
  NOTE_MAX,
  QUOTES_MAX,
  SENTENCE_MAX,
  SHORTLIST_MAX,
  TITLE_MAX,
  TRAINING_MAX,
  TRAINING_SENTENCES_MAX,
} from './limits';
import { JOB_SCOPES } from './scope';
import type { SavedJob, SavedQuote, SavedTraining, Shortlist } from './types';

const LABELS: readonly Label[] = ['management', 'administration', 'balanced', 'not_applicable'];
const SIDES: readonly Side[] = ['management', 'administration'];
const SENIORITIES: readonly Seniority[] = ['entry', 'mid', 'senior', 'executive'];
const KINDS: readonly TrainingEntry['kind'][] = ['degree', 'certificate', 'certification', 'course'];
const STRENGTHS = ['required', 'preferred', 'named'] as const;
const SPECIALIZATIONS: readonly Specialization[] = [
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
];

function listOf<T>(issues: IssueList, value: unknown, path: string, max: number, item: (v: unknown, p: string) => T | undefined): T[] {
  const list = issues.array(value ?? [], path) ?? [];
  if (list.length > max) issues.add(path, `must hold at most ${max} items, got ${list.length}`);
  return list.slice(0, max).map((v, i) => item(v, `${path}[${i}]`)).filter((v): v is T => v !== undefined);
}

function checkQuote(issues: IssueList, raw: unknown, path: string): SavedQuote | undefined {
  const obj = issues.record(raw, path);
  if (!obj) return undefined;
  const side = issues.oneOf(obj.side, `${path}.side`, SIDES);
  const criterion = issues.string(obj.criterion, `${path}.criterion`, 200);
  const cue = issues.string(obj.cue, `${path}.cue`, 200);
  const sentence = issues.string(obj.sentence, `${path}.sentence`, SENTENCE_MAX);
  if (!side || criterion === undefined || cue === undefined || sentence === undefined) return undefined;
  return { side, criterion, cue, sentence };
}

function checkTraining(issues: IssueList, raw: unknown, path: string): SavedTraining | undefined {
  const obj = issues.record(raw, path);
  if (!obj) return undefined;
  const id = issues.string(obj.id, `${path}.id`, 100);
  const name = issues.string(obj.name, `${path}.name`, 200);
  const kind = issues.oneOf(obj.kind, `${path}.kind`, KINDS);
  const named = obj.named === undefined ? undefined : issues.oneOf(obj.named, `${path}.named`, STRENGTHS);
  if (id === undefined || name === undefined || !kind || (obj.named !== undefined && !named)) return undefined;
  return { id, name, kind, ...(named ? { named } : {}) };
}

export function checkSavedJob(issues: IssueList, raw: unknown, path: string): SavedJob | undefined {
  const obj = issues.record(raw, path);
  if (!obj) return undefined;
  const before = issues.issues.length;
  const text = (key: string, max: number, fallback?: string) =>
    issues.string(obj[key] ?? fallback, `${path}.${key}`, max);
  const key = text('key', 400);
  if (key !== undefined && key.trim() === '') issues.add(`${path}.key`, 'must not be empty');
  const jobId = text('jobId', 300);
  const title = text('title', TITLE_MAX);
  const employer = text('employer', TITLE_MAX, '');
  const location = text('location', TITLE_MAX, '');
  const board = text('board', 100, '');
  const boardName = text('boardName', 100, '');
  const link = text('link', LINK_MAX, '');
  if (link && safeLink(link) === '') issues.add(`${path}.link`, 'must be an http or https address');
  const label = issues.oneOf(obj.label, `${path}.label`, LABELS);
  const lean = issues.number(obj.lean, `${path}.lean`, -1, 1);
  const confidence = issues.number(obj.confidence, `${path}.confidence`, 0, 1);
  const scope = issues.oneOf(obj.scope ?? 'unknown', `${path}.scope`, JOB_SCOPES);
  const seniority = issues.oneOf(obj.seniority, `${path}.seniority`, SENIORITIES);
  const specializations = listOf(issues, obj.specializations, `${path}.specializations`, SPECIALIZATIONS.length, (v, p) =>
    issues.oneOf(v, p, SPECIALIZATIONS),
  );
  const mode = issues.oneOf(obj.mode ?? 'full', `${path}.mode`, ['full', 'title'] as const);
  const quotes = listOf(issues, obj.quotes, `${path}.quotes`, QUOTES_MAX, (v, p) => checkQuote(issues, v, p));
  const trainingSentences = listOf(issues, obj.trainingSentences, `${path}.trainingSentences`, TRAINING_SENTENCES_MAX, (v, p) =>
    issues.string(v, p, SENTENCE_MAX),
  );
  const training = listOf(issues, obj.training, `${path}.training`, TRAINING_MAX, (v, p) => checkTraining(issues, v, p));
  const savedAt = text('savedAt', 40);
  if (savedAt !== undefined && Number.isNaN(Date.parse(savedAt))) issues.add(`${path}.savedAt`, 'must be a date');
  const notes = text('notes', NOTE_MAX, '');
  if (
    issues.issues.length > before ||
    !key || jobId === undefined || title === undefined || employer === undefined || location === undefined ||
    board === undefined || boardName === undefined || link === undefined || !label || lean === undefined ||
    confidence === undefined || !scope || !seniority || !mode || savedAt === undefined || notes === undefined
  )
    return undefined;
  return {
    key, jobId, title, employer, location, board, boardName, link, label, lean, confidence, scope, seniority,
    specializations, mode, quotes, trainingSentences, training, savedAt, notes,
  };
}

/** A whole shortlist: every job valid, keys unique, at most SHORTLIST_MAX jobs. */
export function validateShortlist(raw: unknown, path = 'shortlist'): Validated<Shortlist> {
  const issues = new IssueList();
  const obj = issues.record(raw, path);
  if (!obj) return { ok: false, issues: issues.issues };
  const list = issues.array(obj.jobs ?? [], `${path}.jobs`) ?? [];
  if (list.length > SHORTLIST_MAX) issues.add(`${path}.jobs`, `must hold at most ${SHORTLIST_MAX} jobs, got ${list.length}`);
  const jobs: SavedJob[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const job = checkSavedJob(issues, item, `${path}.jobs[${i}]`);
    if (!job) return;
    if (seen.has(job.key)) issues.add(`${path}.jobs[${i}].key`, `"${job.key}" is saved twice`);
    seen.add(job.key);
    jobs.push(job);
  });
  if (!issues.ok) return { ok: false, issues: issues.issues };
  return { ok: true, value: { jobs } };
}
