// Negation and the reporting line, read with compromise — only on the few sentences that hold a
// candidate cue AND a trigger word. compromise's tokenizer (nlp.tokenize: contractions expanded,
// so "isn't"/"won't"/"doesn't" yield "not", with term offsets) is enough here: negators and
// reporting verbs are closed word lists, and running the full tagger would cost ~10 µs per word.
import nlp from 'compromise/two';

export interface Scope {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
}

export interface SentenceContext {
  negated: Scope[];
  reportingLine: Scope[];
}

const TRIGGER = /n['’]t\b|\b(no|not|never|without|none|nor|neither|cannot|reports?|reporting|reported|accountable|answerable|responsible to|managed by|supervised by|under the (direction|supervision|leadership))\b/i;

// "including but not limited to", "not only", "no later than", "whether or not" are not negations.
const FALSE_NEGATION = /^(limited|only|later|less|more|exhaustive|least|matter|doubt|necessarily|just)$/i;
const EMPTY: SentenceContext = { negated: [], reportingLine: [] };

export function needsContext(sentence: string): boolean {
  return TRIGGER.test(sentence);
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  normal?: string;
  implicit?: string;
  offset: { start: number; length: number };
}

export function readContext(sentence: string): SentenceContext {
  if (!needsContext(sentence)) return EMPTY;
  const doc = nlp.tokenize(sentence);
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  const terms = json.flatMap((s) => s.terms);
  const negated: Scope[] = [];
  const reportingLine: Scope[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const word = (t.implicit ?? t.normal ?? t.text).toLowerCase();
    const isNegative = /^(no|not|never|without|none|nor|neither|cannot)$/.test(word);
    if (isNegative && !(terms[i + 1] && FALSE_NEGATION.test(terms[i + 1]!.text)) && !/whether or$/i.test(sentence.slice(0, t.offset.start) + word)) {
      const scope = scopeAfter(terms, i, 6);
      if (scope) negated.push(scope);
    }
    if (/^(report|reports|reporting|reported|accountable|answerable)$/.test(word)) {
      let j = i + 1;
      while (terms[j] && /^(directly|jointly|professionally|operationally|managerially|ultimately)$/i.test(terms[j]!.text)) j++;
      if (terms[j] && /^(to|into)$/i.test(terms[j]!.text)) {
        const scope = scopeAfter(terms, j, 8);
        if (scope) reportingLine.push(scope);
      }
    }
    if (/^(by|of)$/.test(word) && i > 0 && /^(managed|supervised|direction|supervision|leadership)$/i.test(terms[i - 1]!.text)) {
      const scope = scopeAfter(terms, i, 8);
      if (scope) reportingLine.push(scope);
    }
  }
  return { negated, reportingLine };
}

/** The words after term `i`, up to `max` words or the end of the clause. */
function scopeAfter(terms: TermJson[], i: number, max: number): Scope | null {
  const first = terms[i + 1];
  if (!first || /[,;:.]/.test(terms[i]!.post)) return null;
  let last = first;
  for (let k = i + 1; k < terms.length && k <= i + max; k++) {
    const t = terms[k]!;
    if (k > i + 1 && /^(but|while|whereas|however|although)$/i.test(t.text)) break;
    last = t;
    if (/[,;:.!?()]/.test(t.post)) break;
  }
  return { start: first.offset.start, end: last.offset.start + last.offset.length };
}
