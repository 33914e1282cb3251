// Scans one span of text for cues: a left-to-right pass over word tokens, longest match first.
import type { CompiledCue, Lexicon } from './lexicon';
import type { Token } from './tokens';

export interface CueMatch {
  cue: CompiledCue;
  start: number;
  end: number;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
}

// Small words a cue may skip between its own words: "oversee the budget", "oversee all budgets".
const FILLERS = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'his', 'her', 'your', 'all', 'this', 'these', 'any']);
const MAX_FILLERS = 2;

export function findCues(text: string, tokens: readonly Token[], lexicon: Lexicon, inTitle: boolean): CueMatch[] {
  const out: CueMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = lexicon.byFirst.get(tokens[i]!.norm);
    let best: CueMatch | null = null;
    if (candidates) {
      for (const cue of candidates) {
        if (cue.forTitle !== inTitle) continue;
        const last = matchAt(text, tokens, i, cue);
        if (last < 0) continue;
        if (!best || last > best.last || (last === best.last && cue.weight > best.cue.weight)) {
          best = { cue, start: tokens[i]!.start, end: tokens[last]!.end, first: i, last };
        }
      }
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Index of the last token of `cue` matched from token `i`, or -1. */
function matchAt(text: string, tokens: readonly Token[], i: number, cue: CompiledCue): number {
  if (cue.capsOnly[0] && !isCaps(text, tokens[i]!)) return -1;
  let t = i;
  for (let p = 1; p < cue.positions.length; p++) {
    if (tokens[t]!.clauseEnd) return -1;
    let next = t + 1;
    let skipped = 0;
    const want = cue.positions[p]!;
    while (next < tokens.length && !want.has(tokens[next]!.norm) && FILLERS.has(tokens[next]!.norm) && skipped < MAX_FILLERS) {
      if (tokens[next]!.clauseEnd) return -1;
      next++;
      skipped++;
    }
    const tok = tokens[next];
    if (!tok || !want.has(tok.norm)) return -1;
    if (cue.capsOnly[p] && !isCaps(text, tok)) return -1;
    t = next;
  }
  return t;
}

function isCaps(text: string, tok: Token): boolean {
  const raw = text.slice(tok.start, tok.end);
  return /^[A-Z]+s?$/.test(raw);
}
