// Word tokens with their offsets and a normalised form for matching.
// Matching runs on these tokens, not on compromise's tagger, because tagging costs ~50 ms per 5 kB
// while this regex pass costs well under a millisecond (see scripts/bench.ts).
import { toUsSpelling } from './spelling';

export interface Token {
  /** Normalised form: lower case, hyphens and apostrophes dropped, US spelling. */
  norm: string;
  start: number;
  end: number;
  /** True when punctuation that ends a clause (. ; : ! ? or a comma) follows this token. */
  clauseEnd: boolean;
}

// Words joined by hyphens or apostrophes stay one token: "co-ordinator", "day-to-day", "Trust's".
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

// Postings repeat their words; normalising each distinct word once is most of tokenising's cost.
const normalised = new Map<string, string>();
const MAX_CACHED = 50_000;

export function normalizeWord(raw: string): string {
  const hit = normalised.get(raw);
  if (hit !== undefined) return hit;
  const norm = normalizeUncached(raw);
  if (normalised.size >= MAX_CACHED) normalised.clear();
  normalised.set(raw, norm);
  return norm;
}

function normalizeUncached(raw: string): string {
  let w = raw.toLowerCase();
  // Possessive: "trust's" → "trust"; other apostrophes (don't) are kept out of the word.
  w = w.replace(/['’]s$/u, '');
  w = w.replace(/['’\-‐]/gu, '');
  return toUsSpelling(w);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].length;
    tokens.push({ norm: normalizeWord(m[0]), start: m.index, end, clauseEnd: false });
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    const gap = text.slice(tok.end, next ? next.start : Math.min(to, tok.end + 3));
    tok.clauseEnd = /[.;:!?,()•·|]/.test(gap);
  }
  return tokens;
}
