// Reading a posting: everything the verdict rests on that does not depend on the tunable numbers
// (parameters.ts). The title's own role gives scope and a bounded prior (title.ts, title-prior.ts);
// the description is split into zones (zones.ts) and only the duties and the person specification
// are read for cues; each cue is read in its sense (senses.ts: names and other senses are no cues;
// support and delivering verbs move a management word to administration). conclude.ts turns a
// reading into a verdict, so the evaluation can read each posting once and try many parameters.
import { criterionById, type Criterion } from './criteria';
import { readContext, needsContext, type SentenceContext } from './context';
import type { Lexicon } from './lexicon';
import { findCues } from './match';
import { namedRole } from './named-role';
import { readScope, type ScopeReading } from './scope';
import { blockedSpans, onBehalf, readSense, type BlockedSpan } from './senses';
import { readTitle, type TitleReading } from './title';
import { titlePrior } from './title-prior';
import { tokenize } from './tokens';
import type { ClassifierSettings, Evidence, Posting, Sense, Zone } from './types';
import { zoneSentences, type ZonedSentence } from './zones';

/** Evidence before the zone and negation weights are applied (conclude.ts applies them). */
export interface ReadEvidence extends Evidence {
  /** Cue strength × the user's criterion weight. */
  base: number;
  /** Read under no heading (weighted as `unheadedZone`). */
  unheaded: boolean;
}

export interface PostingReading {
  title: string;
  description: string;
  company: string;
  titleOnly: boolean;
  titleReading: TitleReading;
  /** −1 administration … +1 management (title-prior.ts). */
  titlePrior: number;
  scope: ScopeReading;
  evidence: ReadEvidence[];
  /** The role's own text (duties and person specification), for relevance. */
  roleText: string;
  /** Everything but benefits, pay, equal-opportunity text and metadata, for relevance. */
  body: string;
}

const SUPPORT_CRITERION = 'admin.tasks.clerical_support';
const DELIVERING_CRITERION = 'admin.policy.implementing';

export function readPosting(posting: Partial<Posting>, settings: ClassifierSettings, lexicon: Lexicon, titleOnly: boolean): PostingReading {
  const title = asText(posting.title);
  const description = asText(posting.description);
  const company = asText(posting.company);
  const userWeight = (c: Criterion): number => settings.weights[c.id] ?? 1;

  const titleReading = withNamedRole(readTitle(title), description);
  const functionWords = titleFunctionWords(title, titleReading, lexicon, userWeight);
  const prior = titlePrior(titleReading, functionWords);
  const evidence: ReadEvidence[] = [...functionWords, ...titleRankEvidence(title, titleReading, functionWords.length > 0, userWeight)];

  const sentences = zoneSentences(description, company);
  const roleText = joinZones(description, sentences, (s) => s.zone === 'duties' || s.zone === 'person');
  const dutyText = joinZones(description, sentences, (s) => s.zone === 'duties');
  const body = joinZones(description, sentences, (s) => s.zone !== 'other');
  const scope = readScope(titleReading, dutyText, body);
  for (const s of sentences) {
    if (s.heading || (s.zone !== 'duties' && s.zone !== 'person')) continue;
    readSentence(description, s, scope.executive, lexicon, userWeight, evidence);
  }
  return { title, description, company, titleOnly, titleReading, titlePrior: prior, scope, evidence, roleText, body };
}

/**
 * A title that places the role no higher than a manager, beside a description that names the post
 * as an organisation's executive ("As Chief Operating Officer, you will…"), is read as that
 * executive: the posting's own statements say which post it is. Deputies, the documents' senior
 * administration roles and support posts (assistants, officers) keep their title's reading.
 */
function withNamedRole(reading: TitleReading, description: string): TitleReading {
  if (reading.executive || reading.deputy || reading.seniorAdministration || reading.rank === 'staff') return reading;
  if (reading.rank !== 'none' && reading.rank !== 'manager') return reading;
  const name = namedRole(description);
  if (!name) return reading;
  const named = readTitle(name);
  if (!named.executive && named.rank !== 'director' && named.rank !== 'vp') return reading;
  // The rank is the named post's; the evidence quotes stay in the title (rankSpan is the title's).
  return { ...reading, rank: named.rank, scope: named.scope, executive: named.executive, seniorAdministration: named.seniorAdministration };
}

/** The function words of the title's own role (Strategy, Billing, Records…): evidence, and the prior's side. */
function titleFunctionWords(title: string, reading: TitleReading, lexicon: Lexicon, userWeight: (c: Criterion) => number): ReadEvidence[] {
  const out: ReadEvidence[] = [];
  const whole = { start: 0, end: title.length };
  for (const m of findCues(title, tokenize(title, 0, reading.ownEnd), lexicon, true)) {
    const base = m.cue.weight * userWeight(m.cue.criterion);
    if (base !== 0) out.push(makeEvidence(m.cue.criterion, base, title, 'title', m, whole, 'title', false));
  }
  return out;
}

/** The documents' own titles the role names (chief executive, practice administrator…), as evidence of their criterion. */
function titleRankEvidence(title: string, reading: TitleReading, hasFunctionWords: boolean, userWeight: (c: Criterion) => number): ReadEvidence[] {
  const out: ReadEvidence[] = [];
  const whole = { start: 0, end: title.length };
  const span = reading.rankSpan;
  if (!span) return out;
  // The documents' own titles, and a department-level head with no function word, are evidence too.
  const named = reading.executive
    ? 'mgmt.path.executive'
    : reading.seniorAdministration
      ? 'admin.path.senior_administrative'
      : reading.administrativeRole
        ? 'admin.path.administrative_roles'
        : reading.scope === 'department' && !hasFunctionWords
          ? 'admin.scope.department'
          : null;
  const c = named ? criterionById(named) : undefined;
  if (c) {
    const base = (named === 'admin.scope.department' ? 0.4 : 1) * userWeight(c);
    if (base !== 0) out.push(makeEvidence(c, base, title, 'title', span, whole, 'title', false));
  }
  return out;
}

/** One duty or person-specification sentence: each cue in its sense (statements.ts counts one statement per criterion and sentence). */
function readSentence(
  text: string,
  s: ZonedSentence,
  executive: boolean,
  lexicon: Lexicon,
  userWeight: (c: Criterion) => number,
  out: ReadEvidence[],
): void {
  const tokens = tokenize(text, s.start, s.end);
  const matches = findCues(text, tokens, lexicon, false);
  if (matches.length === 0) return;
  const sentence = text.slice(s.start, s.end);
  // Read once per sentence, not per cue: a huge run-on "sentence" holds thousands of cues.
  const contextual = needsContext(sentence);
  const behalf = onBehalf(sentence);
  let ctx: SentenceContext | null = null;
  let blocked: BlockedSpan[] | null = null;
  for (const m of matches) {
    blocked ??= blockedSpans(text, s, tokens);
    const reading = readSense({
      text,
      sentence: s,
      tokens,
      first: m.first,
      last: m.last,
      cueWords: tokens.slice(m.first, m.last + 1).map((t) => t.norm),
      blocked,
      onBehalf: behalf,
      transferable: m.cue.criterion.side === 'management' && m.cue.criterion.transfer === true,
      executive,
    });
    if (reading.kind === 'excluded') continue;
    let criterion = m.cue.criterion;
    let sense: Sense | undefined;
    if (reading.kind === 'support' || reading.kind === 'delivering') {
      criterion = criterionById(reading.kind === 'support' ? SUPPORT_CRITERION : DELIVERING_CRITERION)!;
      sense = reading.kind;
    }
    const base = m.cue.weight * userWeight(criterion);
    if (base === 0) continue;
    if (contextual) {
      ctx ??= readContext(text, tokens);
      if (ctx.reportingLine.some((r) => overlaps(r, m))) continue;
      if (ctx.negated.some((r) => overlaps(r, m))) sense = 'negated';
    }
    out.push(makeEvidence(criterion, base, text, 'description', m, s, s.zone, s.unheaded, sense));
  }
}

function joinZones(text: string, sentences: readonly ZonedSentence[], keep: (s: ZonedSentence) => boolean): string {
  return sentences.filter((s) => !s.heading && keep(s)).map((s) => text.slice(s.start, s.end)).join(' ');
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function makeEvidence(
  c: Criterion,
  base: number,
  text: string,
  field: Evidence['field'],
  at: { start: number; end: number },
  sentence: { start: number; end: number },
  zone: Zone,
  unheaded: boolean,
  sense?: Sense,
): ReadEvidence {
  const e: ReadEvidence = {
    criterionId: c.id,
    side: c.side,
    weight: base,
    cue: text.slice(at.start, at.end),
    sentence: text.slice(sentence.start, sentence.end),
    field,
    start: at.start,
    end: at.end,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    zone,
    base,
    unheaded,
  };
  if (sense) e.sense = sense;
  return e;
}
