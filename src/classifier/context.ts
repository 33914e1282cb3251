// Negation and the reporting line, read over the sentence's own word tokens (tokens.ts) — only in
// the few sentences that hold a trigger word. Negators and reporting verbs are closed word lists, and
// contractions are read off the raw word ("won't", "isn’t"), so no parser is needed: an earlier
// version ran compromise's tokenizer here and it was a third of classify()'s time.
import type { Token } from './tokens';

export interface TextRange {
  /** Offsets into the text the tokens index. */
  start: number;
  end: number;
}

export interface SentenceContext {
  negated: TextRange[];
  reportingLine: TextRange[];
}

const TRIGGER = /n['’]t\b|\b(no|not|never|without|none|nor|neither|cannot|reports?|reporting|reported|accountable|answerable|responsible to|managed by|supervised by|under the (direction|supervision|leadership))\b/i;

const NEGATORS = new Set(['no', 'not', 'never', 'without', 'none', 'nor', 'neither', 'cannot']);
// "including but not limited to", "not only", "no later than", "whether or not" are not negations.
const FALSE_NEGATION = new Set(['limited', 'only', 'later', 'less', 'more', 'exhaustive', 'least', 'matter', 'doubt', 'necessarily', 'just']);
const REPORTING = new Set(['report', 'reports', 'reporting', 'reported', 'accountable', 'answerable']);
const REPORTING_ADVERBS = new Set(['directly', 'jointly', 'professionally', 'operationally', 'managerially', 'ultimately']);
const MANAGED = new Set(['managed', 'supervised', 'direction', 'supervision', 'leadership']);
const CLAUSE_BREAKERS = new Set(['but', 'while', 'whereas', 'however', 'although']);
const EMPTY: SentenceContext = { negated: [], reportingLine: [] };

export function needsContext(sentence: string): boolean {
  return TRIGGER.test(sentence);
}

export function readContext(text: string, tokens: readonly Token[]): SentenceContext {
  if (tokens.length === 0) return EMPTY;
  const negated: TextRange[] = [];
  const reportingLine: TextRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const raw = text.slice(t.start, t.end);
    const isNegative = NEGATORS.has(t.norm) || /n['’]t$/i.test(raw);
    const whetherOrNot = t.norm === 'not' && tokens[i - 1]?.norm === 'or' && tokens[i - 2]?.norm === 'whether';
    if (isNegative && !whetherOrNot && !(tokens[i + 1] && FALSE_NEGATION.has(tokens[i + 1]!.norm))) {
      const range = rangeAfter(text, tokens, i, 6);
      if (range) negated.push(range);
    }
    if (REPORTING.has(t.norm)) {
      let j = i + 1;
      while (tokens[j] && REPORTING_ADVERBS.has(tokens[j]!.norm)) j++;
      if (tokens[j] && (tokens[j]!.norm === 'to' || tokens[j]!.norm === 'into')) {
        const range = rangeAfter(text, tokens, j, 8);
        if (range) reportingLine.push(range);
      }
    }
    if ((t.norm === 'by' || t.norm === 'of') && i > 0 && MANAGED.has(tokens[i - 1]!.norm)) {
      const range = rangeAfter(text, tokens, i, 8);
      if (range) reportingLine.push(range);
    }
  }
  return { negated, reportingLine };
}

/** The words after token `i`, up to `max` words or the end of the clause. */
function rangeAfter(text: string, tokens: readonly Token[], i: number, max: number): TextRange | null {
  const first = tokens[i + 1];
  if (!first || /[,;:.]/.test(text.slice(tokens[i]!.end, first.start))) return null;
  let last = first;
  for (let k = i + 1; k < tokens.length && k <= i + max; k++) {
    const t = tokens[k]!;
    if (k > i + 1 && CLAUSE_BREAKERS.has(t.norm)) break;
    last = t;
    const next = tokens[k + 1];
    if (/[,;:.!?()]/.test(text.slice(t.end, next ? next.start : t.end + 1))) break;
  }
  return { start: first.start, end: last.end };
}
