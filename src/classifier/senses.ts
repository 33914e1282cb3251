// How a cue is read in its sentence (LABELLING.md §1–§2):
//  - a word in its other sense (polysemes.ts) or inside a proper name ("Strategy and Partnerships
//    Directorate", "Home Office", someone else's "Business Development Manager") is no cue at all;
//  - a management word governed by a support verb ("prepare papers for the Board", "assist the
//    director with business planning", "… on behalf of the Divisional Director") counts for
//    administration: supporting executives;
//  - a management word governed by a delivering verb ("implement the Trust's strategy", "monitor
//    delivery of the transformation programme") counts for administration: implementing what
//    others set; a setting verb ("develop", "set", "drive", "lead") keeps it management.
// The verb lists are closed word lists; compromise conjugates them once (supports, supporting,
// supported…), so reading a sentence costs a backward scan over a few tokens, not a parse.
import { inflections } from './inflections';
import { NAME_HEADS, NAMED_BODIES, POLYSEMES, TEAM_AFTER } from './polysemes';
import type { Token } from './tokens';
import { normalizeWord } from './tokens';

export type Reading = { kind: 'excluded'; why: string } | { kind: 'face' } | { kind: 'support' } | { kind: 'delivering' };

// Support: the post serves someone else's direction. "contribute", "help", "partner" and "input"
// are support except for a member of the executive team, for whom shaping the organisation's
// strategy is the job (guide §2).
const SUPPORT_VERBS = ['support', 'assist', 'aid', 'prepare', 'organize', 'arrange', 'schedule', 'minute', 'facilitate', 'coordinate', 'administer', 'compile', 'collate', 'book', 'deputize'];
const SUPPORT_NOUNS = ['assistance', 'preparation', 'coordination', 'facilitation', 'secretariat'];
const SHAPING_VERBS = ['contribute', 'help', 'partner', 'input', 'advise', 'inform', 'participate'];
const SHAPING_NOUNS = ['contribution', 'advice', 'participation'];
// Delivering: the post carries out what others set.
const DELIVERING_VERBS = ['implement', 'roll', 'deliver', 'monitor', 'track', 'embed', 'execute', 'operationalize', 'achieve', 'meet', 'translate', 'follow', 'adhere', 'comply', 'enact', 'apply', 'report'];
const DELIVERING_NOUNS = ['implementation', 'delivery', 'monitoring', 'rollout', 'execution', 'tracking', 'achievement', 'adherence', 'compliance', 'reporting'];
// Setting: the post decides the direction.
const SETTING_VERBS = ['develop', 'set', 'drive', 'lead', 'shape', 'formulate', 'create', 'write', 'define', 'own', 'establish', 'determine', 'direct', 'design', 'devise', 'author', 'champion', 'steer', 'oversee', 'build', 'agree', 'approve', 'decide', 'identify', 'initiate', 'pioneer', 'spearhead'];
const SETTING_NOUNS = ['development', 'creation', 'formulation', 'setting', 'ownership', 'oversight'];

type MarkerKind = 'support' | 'shaping' | 'delivering' | 'setting';
interface Marker {
  kind: MarkerKind;
  /** A verb governs what follows; a noun ("the development of", "the implementation of") is itself governed by an earlier verb. */
  verb: boolean;
}

let markers: Map<string, Marker> | null = null;

function getMarkers(): Map<string, Marker> {
  if (markers) return markers;
  const map = new Map<string, Marker>();
  const add = (kind: MarkerKind, verbs: readonly string[], nouns: readonly string[]): void => {
    for (const n of nouns) if (!map.has(normalizeWord(n))) map.set(normalizeWord(n), { kind, verb: false });
    for (const v of verbs) {
      map.set(normalizeWord(v), { kind, verb: true });
      for (const form of inflections.conjugations(v)) map.set(normalizeWord(form), { kind, verb: true });
    }
  };
  // Later lists win a shared word: support before shaping before delivering before setting.
  add('setting', SETTING_VERBS, SETTING_NOUNS);
  add('delivering', DELIVERING_VERBS, DELIVERING_NOUNS);
  add('shaping', SHAPING_VERBS, SHAPING_NOUNS);
  add('support', SUPPORT_VERBS, SUPPORT_NOUNS);
  markers = map;
  return map;
}

/** How many words back a governing verb may stand ("assist the director with the development of the annual business plan"). */
const WINDOW = 12;
const COORDINATORS = new Set(['and', 'or']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'with', 'of', 'our', 'your', 'their', 'his', 'her', 'its']);
const ON_BEHALF = /\bon behalf of\b|\bdeputi[sz]e (for|in the absence of)\b|\bin (the|their) absence\b/i;
// Passive delivering after the cue: "the strategy is implemented", "plans are delivered".
const PASSIVE_DELIVERING = /^\W*(\w+\W+){0,2}(is|are|was|were|be|being|been)\s+(implemented|delivered|embedded|rolled out|executed|achieved|met|followed)\b/i;

/** The whole sentence is done for someone else ("on behalf of the Divisional Director", "deputise for"). */
export function onBehalf(sentence: string): boolean {
  return ON_BEHALF.test(sentence);
}

export interface BlockedSpan {
  start: number;
  end: number;
  why: string;
}

/**
 * The stretches of one sentence where cue words are in another sense (polysemes.ts) or name a
 * regulator or public body. Computed once per sentence that holds a cue, and only for the entries
 * whose words occur in it.
 */
export function blockedSpans(text: string, sentence: { start: number; end: number }, tokens: readonly Token[]): BlockedSpan[] {
  const present = new Set(tokens.map((t) => t.norm));
  const sentenceText = text.slice(sentence.start, sentence.end);
  const out: BlockedSpan[] = [];
  const collect = (re: RegExp, why: string): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentenceText)) !== null) {
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, why });
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  for (const p of POLYSEMES) if (p.words.some((w) => present.has(w))) collect(globalCopy(p.pattern), p.why);
  collect(NAMED_BODIES, 'the name of a regulator or public body');
  return out;
}

const globalCopies = new Map<RegExp, RegExp>();
function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

export interface SenseInput {
  /** The whole description (token offsets index it). */
  text: string;
  sentence: { start: number; end: number };
  /** Tokens of the sentence. */
  tokens: readonly Token[];
  /** Index in `tokens` of the cue's first and last token. */
  first: number;
  last: number;
  /** The cue's normalised words. */
  cueWords: readonly string[];
  /** The sentence's blocked stretches (blockedSpans). */
  blocked: readonly BlockedSpan[];
  /** The sentence says the post acts "on behalf of" someone (onBehalf). */
  onBehalf: boolean;
  /** The cue's criterion can be supported or delivered (criteria.ts `transfer`). */
  transferable: boolean;
  /** The post sits on the organisation's executive team (shaping its strategy is then the job). */
  executive: boolean;
}

export function readSense(input: SenseInput): Reading {
  const excluded = exclusion(input);
  if (excluded) return { kind: 'excluded', why: excluded };
  if (!input.transferable) return { kind: 'face' };
  return governingReading(input);
}

/** Why the cue is not a cue here (another sense, or part of a name), or null. */
export function exclusion(input: Pick<SenseInput, 'text' | 'tokens' | 'first' | 'last' | 'cueWords' | 'blocked'>): string | null {
  const { text, tokens, first, last } = input;
  const cueStart = tokens[first]!.start;
  const cueEnd = tokens[last]!.end;
  for (const b of input.blocked) {
    if (b.start < cueEnd && cueStart < b.end) {
      if (b.why.startsWith('the name') || POLYSEMES.some((p) => p.why === b.why && input.cueWords.some((w) => p.words.includes(w)))) return b.why;
    }
  }
  if (insideName(text, tokens, first, last)) return 'part of a name (a department, programme or someone else’s title)';
  if (TEAM_AFTER.test(text.slice(cueEnd, cueEnd + 16)) && !ownsTeam(tokens, first)) return 'the name of a team, not a duty';
  return null;
}

// "lead the strategy team", "run the billing office": the post runs that team, which is the duty.
const TEAM_LEADING = new Set(['lead', 'leads', 'leading', 'led', 'manage', 'manages', 'managing', 'managed', 'run', 'runs', 'running', 'head', 'heads', 'heading', 'direct', 'directs', 'directing', 'supervise', 'supervises', 'supervising', 'oversee', 'oversees', 'overseeing', 'build', 'builds', 'building']);

function ownsTeam(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) if (TEAM_LEADING.has(tokens[k]!.norm)) return true;
  return false;
}

const isCapitalised = (text: string, t: Token): boolean => /^\p{Lu}/u.test(text.slice(t.start, t.end));
const NAME_JOINERS = new Set(['and', 'of', 'for', '&']);
const TITLE_HEADS = new Set(['director', 'manager', 'officer', 'head', 'lead', 'executive', 'president', 'coordinator', 'administrator', 'chief', 'vp', 'partner']);

/**
 * A cue written in capitals inside a run of capitalised words that ends in a unit or title noun
 * ("the Strategy and Partnerships Directorate", "our Business Development Manager") names a body
 * or a person, not a duty. The cue must stop before the run's last word: "the Trust Board" still
 * speaks of a board.
 */
function insideName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (!isCapitalised(text, tokens[first]!)) return false;
  // A job title written out: "Director of Strategy", "Head of Business Development and Partnerships".
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const t = tokens[k]!;
    if (/[.;:!?•·|()]/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    if (NAME_JOINERS.has(t.norm) || t.norm === 'the') continue;
    if (!isCapitalised(text, t)) break;
    if (TITLE_HEADS.has(t.norm)) return true;
  }
  let end = last;
  for (let k = last + 1; k < tokens.length && k <= last + 5; k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]!.clauseEnd) break;
    if (isCapitalised(text, t)) end = k;
    else if (NAME_JOINERS.has(t.norm) && tokens[k + 1] && isCapitalised(text, tokens[k + 1]!)) continue;
    else break;
  }
  if (end === last) return false;
  // Every word from the cue to the run's end is capitalised (or a joiner): a name.
  return NAME_HEADS.has(tokens[end]!.norm);
}

/**
 * Which verb governs a management word. Scanning back from the word: the first verb marker governs
 * it; a noun marker on the way ("the implementation of", "the development of") is what that verb
 * governs. Support (or, below the executive team, shaping) → support; delivering, as verb or as
 * the governed noun → delivering; otherwise the word counts at face value. "develop and implement
 * the strategy" is setting: a setting verb joined to a delivering one.
 */
function governingReading(input: SenseInput): Reading {
  const { text, sentence, tokens, first, last, executive } = input;
  const m = getMarkers();
  if (input.onBehalf) return { kind: 'support' };
  let noun: MarkerKind | null = null;
  let verb: MarkerKind | null = null;
  for (let k = first - 1, seen = 0; k >= 0 && seen < WINDOW; k--, seen++) {
    const t = tokens[k]!;
    // A full stop, semicolon, colon or bullet between the word and the verb ends the clause.
    if (/[.;:!?•·|()]/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    const marker = m.get(t.norm);
    if (!marker) continue;
    // "with the support of the Board", "our assistance": a noun after a determiner governs nothing.
    if (marker.verb && NOUN_BEFORE.has(tokens[k - 1]?.norm ?? '')) continue;
    if (!marker.verb) {
      // Only a noun heading an "of" phrase governs the word ("the implementation of the plan"),
      // not one inside a compound ("the service delivery strategy").
      if (noun === null && tokens[k + 1]?.norm === 'of') noun = marker.kind;
      else if (noun === 'delivering' && marker.kind === 'setting' && COORDINATORS.has(tokens[k + 1]?.norm ?? '')) noun = 'setting';
      continue;
    }
    verb = marker.kind;
    // "help shape the strategy", "assist to develop the plan": the helping verb governs.
    const helper = tokens[k - 1]?.norm === 'to' ? tokens[k - 2] : tokens[k - 1];
    const helperKind = helper ? m.get(helper.norm) : undefined;
    if (helperKind?.verb && (helperKind.kind === 'support' || helperKind.kind === 'shaping')) verb = helperKind.kind;
    if (verb === 'delivering') {
      // "develop and implement": look one coordinated verb further back.
      const before = tokens[k - 1];
      const setting = tokens[k - 2];
      if (before && setting && COORDINATORS.has(before.norm) && m.get(setting.norm)?.kind === 'setting') verb = 'setting';
    }
    break;
  }
  if (verb === 'support' || (verb === 'shaping' && !executive)) return { kind: 'support' };
  if (verb === null && (noun === 'support' || (noun === 'shaping' && !executive))) return { kind: 'support' };
  if (noun === 'delivering' || verb === 'delivering') return { kind: 'delivering' };
  if (verb === null && noun === null && PASSIVE_DELIVERING.test(text.slice(tokens[last]!.end, Math.min(sentence.end, tokens[last]!.end + 40)))) {
    return { kind: 'delivering' };
  }
  return { kind: 'face' };
}
