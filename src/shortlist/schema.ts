// The stored and imported shortlist, described once (valibot), on the settings' policy
// (src/schema/check.ts): a stored value keeps its valid parts (a broken job is dropped and named,
// the rest stay), an import names every problem and imports nothing. Missing optional fields
// take their defaults (older files may lack them).
import * as v from 'valibot';
import { LABELS, SENIORITIES, SIDES, SPECIALIZATIONS, TRAINING_KINDS } from '../schema/vocabulary';
import { checkKeepingValidParts, checkStrictly, type Checked, type Validated } from '../schema/check';
import { list, numberBetween, objectOf, oneOf, text } from '../schema/fields';
import { safeLink } from './key';
import { LINK_MAX, NOTE_MAX, QUOTES_MAX, SENTENCE_MAX, SHORTLIST_MAX, TITLE_MAX, TRAINING_MAX, TRAINING_SENTENCES_MAX } from './limits';
import { JOB_SCOPES } from './scope';
import { emptyShortlist, type Shortlist } from './types';

const STRENGTHS = ['required', 'preferred', 'named'] as const;

const atMost = <T extends v.GenericSchema>(item: T, max: number) =>
  v.optional(v.pipe(list(item), v.maxLength(max, (i) => `must hold at most ${max} items, got ${(i.input as unknown[]).length}`)), []);

const quote = objectOf({ side: oneOf(SIDES), criterion: text(200), cue: text(200), sentence: text(SENTENCE_MAX) });
const training = objectOf({ id: text(100), name: text(200), kind: oneOf(TRAINING_KINDS), named: v.optional(oneOf(STRENGTHS)) });

const savedJob = objectOf({
  key: v.pipe(text(400), v.check((k) => k.trim() !== '', 'must not be empty')),
  jobId: text(300),
  title: text(TITLE_MAX),
  employer: v.optional(text(TITLE_MAX), ''),
  location: v.optional(text(TITLE_MAX), ''),
  board: v.optional(text(100), ''),
  boardName: v.optional(text(100), ''),
  link: v.optional(v.pipe(text(LINK_MAX), v.check((l) => l === '' || safeLink(l) !== '', 'must be an http or https address')), ''),
  label: oneOf(LABELS),
  lean: numberBetween(-1, 1),
  confidence: numberBetween(0, 1),
  scope: v.optional(oneOf(JOB_SCOPES), 'unknown'),
  seniority: oneOf(SENIORITIES),
  specializations: atMost(oneOf(SPECIALIZATIONS), SPECIALIZATIONS.length),
  mode: v.optional(oneOf(['full', 'title']), 'full'),
  quotes: atMost(quote, QUOTES_MAX),
  trainingSentences: atMost(text(SENTENCE_MAX), TRAINING_SENTENCES_MAX),
  training: atMost(training, TRAINING_MAX),
  savedAt: v.pipe(text(40), v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date')),
  notes: v.optional(text(NOTE_MAX), ''),
});

/** A whole shortlist: every job valid, keys unique, at most SHORTLIST_MAX jobs. */
const shortlistSchema = objectOf({
  jobs: v.optional(
    v.pipe(
      list(savedJob),
      v.checkItems((job, i, all) => all.findIndex((other) => other.key === job.key) === i, (issue) => `"${(issue.input as { key: string }).key}" is saved twice`),
      v.maxLength(SHORTLIST_MAX, (i) => `must hold at most ${SHORTLIST_MAX} jobs, got ${(i.input as unknown[]).length}`),
    ),
    [],
  ),
}) satisfies v.GenericSchema<unknown, Shortlist>;

/** A stored shortlist: every valid job kept, each dropped one named. */
export function checkShortlist(raw: unknown): Checked<Shortlist> {
  return checkKeepingValidParts(shortlistSchema, raw, 'shortlist', emptyShortlist);
}

/** An imported (or any other) shortlist: every problem named, nothing kept back. */
export function validateShortlist(raw: unknown, path = 'shortlist'): Validated<Shortlist> {
  return checkStrictly(shortlistSchema, raw, path);
}
