// The cue lexicon, expanded once: every cue word gets its inflections and plurals from compromise's
// conjugation and pluralisation rules (oversee → oversees, overseeing, oversaw, overseen;
// budget → budgets), then all cues are indexed by their first word for a single left-to-right scan.
// Only compromise's transform functions run here (inflections.ts) — no tagging — so building the
// lexicon is cheap.
import { criteria, type Criterion } from './criteria';
import { inflections } from './inflections';
import { normalizeWord, tokenize } from './tokens';

/** One alternative per cue position: the normalised forms it accepts. */
export interface CompiledCue {
  criterion: Criterion;
  phrase: string;
  weight: number;
  /** Title cues (function words) are read only in titles; the others only in descriptions. */
  forTitle: boolean;
  /** `positions[0]` is the index key; every later position lists accepted forms. */
  positions: ReadonlySet<string>[];
  /** Positions whose word must be written in capitals in the posting (IT, PA, PAS …). */
  capsOnly: readonly boolean[];
}

export interface Lexicon {
  /** Cues by every accepted form of their first word. */
  byFirst: Map<string, CompiledCue[]>;
  size: number;
}

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'as', 'at', 'by', 'all',
  'our', 'its', 'their', 'new', 'high', 'level', 'self', 'long', 'term', 'wide', 'day',
]);

let cached: Lexicon | null = null;

export function getLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

/** Splits "phrase*1.5" into its phrase and weight multiplier. */
export function parseCue(cue: string): { phrase: string; multiplier: number } {
  const m = /^(.*?)\*(\d+(?:\.\d+)?)$/.exec(cue.trim());
  if (!m) return { phrase: cue.trim(), multiplier: 1 };
  return { phrase: (m[1] ?? '').trim(), multiplier: Number(m[2]) };
}

export function buildLexicon(extra: readonly { phrase: string; criterion: Criterion; weight: number }[] = []): Lexicon {
  const formsCache = new Map<string, Set<string>>();
  // A word is conjugated when it opens a cue ("oversee the budget") or compromise's lexicon knows
  // it as a verb; it gets a plural when it ends a cue ("budget" → "budgets"). Only base forms are
  // inflected: expanding "staffing" back to "staff" would match every "staff".
  const formsOf = (word: string, first: boolean, last: boolean): Set<string> => {
    const key = `${word}|${first ? 1 : 0}${last ? 1 : 0}`;
    const hit = formsCache.get(key);
    if (hit) return hit;
    const forms = new Set<string>([word]);
    const isBase = word.length >= 3 && /^[a-z]+$/.test(word) && !FUNCTION_WORDS.has(word) && !/(ing|ed|s)$/.test(word);
    if (isBase && (first || inflections.isInfinitive(word))) {
      for (const form of inflections.conjugations(word)) forms.add(normalizeWord(form));
    }
    if (isBase && last) {
      const plural = inflections.plural(word);
      if (plural) forms.add(normalizeWord(plural));
    }
    formsCache.set(key, forms);
    return forms;
  };

  const byFirst = new Map<string, CompiledCue[]>();
  let size = 0;
  const add = (criterion: Criterion, rawCue: string, baseWeight: number, forTitle: boolean): void => {
    const { phrase, multiplier } = parseCue(rawCue);
    for (const words of wordVariants(phrase)) {
      if (words.length === 0) continue;
      const positions = words.map((w, i) => (w.caps ? new Set([w.norm]) : formsOf(w.norm, i === 0, i === words.length - 1)));
      const cue: CompiledCue = {
        criterion,
        phrase,
        weight: baseWeight * multiplier,
        forTitle,
        positions,
        capsOnly: words.map((w) => w.caps),
      };
      for (const first of positions[0]!) {
        const list = byFirst.get(first);
        if (list) list.push(cue);
        else byFirst.set(first, [cue]);
      }
      size++;
    }
  };

  for (const c of criteria) {
    for (const cue of c.cues) add(c, cue, c.weight, false);
    for (const cue of c.titleCues ?? []) add(c, cue, c.weight, true);
  }
  // A user's own cue counts wherever it stands.
  for (const e of extra) {
    add(e.criterion, e.phrase, e.weight, false);
    add(e.criterion, e.phrase, e.weight, true);
  }
  return { byFirst, size };
}

interface CueWord {
  norm: string;
  caps: boolean;
}

/**
 * A cue as written ("day-to-day", "co-ordinator") and its other spacing: joined into one token
 * ("day to day" → "daytoday") and split at hyphens ("organization-wide" → "organization wide").
 */
function wordVariants(phrase: string): CueWord[][] {
  const text = phrase;
  const joinedTokens = tokenize(text).map((t) => {
    const raw = text.slice(t.start, t.end);
    return { norm: t.norm, caps: raw.length <= 4 && /^[A-Z]+s?$/.test(raw) && /[A-Z]{2}/.test(raw) };
  });
  const splitText = text.replace(/[-‐]/g, ' ');
  const split = tokenize(splitText).map((t) => ({ norm: t.norm, caps: false }));
  const variants: CueWord[][] = [joinedTokens];
  if (split.length !== joinedTokens.length) variants.push(split);
  if (split.length > 1 && split.length <= 3) variants.push([{ norm: split.map((w) => w.norm).join(''), caps: false }]);
  return variants;
}
