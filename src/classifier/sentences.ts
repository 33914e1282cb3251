// Sentence spans with offsets. Postings often arrive with whitespace collapsed (no line breaks),
// so bullets, headings and full stops are the only boundaries we can rely on.

export interface Span {
  start: number;
  end: number;
}

// A boundary: sentence punctuation followed by space and a capital/digit/bullet, a bullet, or a line break.
const BOUNDARY = /[.!?](?=\s+["'“(]?[\p{Lu}\d•·*-])|[•·▪●◦]|\n\s*\n|\n(?=\s*[\p{Lu}\d*-])/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const isPunct = /[.!?]/.test(m[0]);
    const end = isPunct ? m.index + 1 : m.index;
    pushTrimmed(text, start, end, spans);
    start = isPunct ? end : m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
