// Sentence spans with offsets. Postings often arrive with whitespace collapsed (no line breaks) and
// sentences or bullets fused ("the practice.We are", "for the clientDevelop and implement"), so
// punctuation, bullets, line breaks and those fusions are the boundaries we can rely on. Headings
// found inside a run of text (zones.ts) add boundaries of their own.

export interface Span {
  start: number;
  end: number;
}

// A boundary: sentence punctuation followed by space and a capital/digit/bullet, a bullet, a blank
// line, or a line break before a capital.
// Capitals are matched as Latin (A–Z, À–Þ) without the Unicode flag: a Unicode-aware pattern over a
// whole posting costs several times as much, and postings in other scripts have no cues to find.
const BOUNDARY = /[.!?](?=\s+["'“(]?[A-Z\u00C0-\u00DE\d•·*-])|[•·▪●◦]|\n\s*\n|\n(?=\s*[A-Z\u00C0-\u00DE\d*-])/g;

// Fused sentences: "practice.We" (a full stop between a lower-case word and a capitalised one, no
// space), and bullets whose line breaks were lost: "clientDevelop" (a lower-case run straight into a
// capitalised word). Two lower-case letters are required before the capital so that "eFinancials"
// and "McKinsey" stay whole.
const FUSED = /[a-z]{2}(?:\.(?=[A-Z][a-z])|(?=[A-Z][a-z]{2,}\b))/g;

/** Offsets where one sentence ends and the next begins, in order. */
function boundaries(text: string, extra: readonly number[]): number[] {
  const cuts: number[] = [...extra];
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const isPunct = /[.!?]/.test(m[0]);
    cuts.push(isPunct ? m.index + 1 : m.index);
    if (!isPunct && m[0].length > 0) cuts.push(m.index + m[0].length);
  }
  FUSED.lastIndex = 0;
  while ((m = FUSED.exec(text)) !== null) {
    // The match is the two lower-case letters (and the full stop, when there is one); cut after it.
    cuts.push(m.index + m[0].length);
  }
  cuts.sort((a, b) => a - b);
  return cuts.filter((c, i) => c > 0 && c < text.length && c !== cuts[i - 1]);
}

/** Sentences of `text`, split also at every offset in `extraCuts` (heading edges). */
export function splitSentences(text: string, extraCuts: readonly number[] = []): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const cut of boundaries(text, extraCuts)) {
    pushTrimmed(text, start, cut, spans);
    start = cut;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /[\s•·▪●◦:;,–—-]/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}
