// A verdict as it is stored and sent: each quoted sentence as its offsets into the posting's text
// (kept once, by the ledger or by the page), and at most a few pieces of evidence per criterion.
// A 0.25 MB description once made a verdict of 30,000 evidence items, 8× the description, that no
// storage area could hold. Evidence fields this module does not name are carried as they are, so
// fields the classifier adds later survive without a change here.
import type { Evidence, Posting, Verdict } from '../classifier/types';

/** The strongest evidence kept per criterion; the popup lists a few quotes per criterion. */
export const EVIDENCE_PER_CRITERION = 6;

/** Evidence without its sentence where its offsets into the kept text give it back. */
export type CompactEvidence = Omit<Evidence, 'sentence' | 'sentenceStart' | 'sentenceEnd'> & {
  sentenceStart?: number;
  sentenceEnd?: number;
  /** Present only where the offsets do not give it back (text not kept, or not found there). */
  sentence?: string;
};

/** Per criterion, what the cap left out: how many items and their signed weight (toward management). */
export type OmittedEvidence = Record<string, { count: number; weight: number }>;

export type CompactVerdict = Omit<Verdict, 'evidence'> & {
  evidence: CompactEvidence[];
  omitted?: OmittedEvidence;
};

const signed = (e: Pick<Evidence, 'side' | 'weight'>): number => (e.side === 'management' ? e.weight : -e.weight);

function fieldText(posting: Pick<Posting, 'title' | 'description'>, field: Evidence['field']): string {
  return (field === 'title' ? posting.title : posting.description) ?? '';
}

/** Where the sentence of `e` stands in `text` (its own offsets, where the text agrees), or null. */
function locateSentence(e: Evidence, text: string): [number, number] | null {
  if (text.slice(e.sentenceStart, e.sentenceEnd) === e.sentence) return [e.sentenceStart, e.sentenceEnd];
  // The sentence holds the cue: it starts at or before the cue's start.
  const at = text.lastIndexOf(e.sentence, e.start);
  return at >= 0 && at + e.sentence.length >= e.end ? [at, at + e.sentence.length] : null;
}

/**
 * The verdict made compact against `posting` (the text that will be kept beside it). A sentence
 * the text does not hold (cut off, say) stays verbatim unless `dropUnplaced` (the page, which has
 * the whole text and shows no sentences, gets no verbatim ones).
 */
export function compactVerdict(
  verdict: Verdict,
  posting: Pick<Posting, 'title' | 'description'>,
  options: { perCriterion?: number; dropUnplaced?: boolean } = {},
): CompactVerdict {
  const cap = options.perCriterion ?? EVIDENCE_PER_CRITERION;
  const byCriterion = new Map<string, Evidence[]>();
  for (const e of verdict.evidence) {
    const list = byCriterion.get(e.criterionId) ?? [];
    list.push(e);
    byCriterion.set(e.criterionId, list);
  }
  const kept = new Set<Evidence>();
  const omitted: OmittedEvidence = {};
  for (const [id, list] of byCriterion) {
    const strongest = [...list].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    strongest.slice(0, cap).forEach((e) => kept.add(e));
    const rest = strongest.slice(cap);
    if (rest.length) omitted[id] = { count: rest.length, weight: rest.reduce((sum, e) => sum + signed(e), 0) };
  }
  const evidence = verdict.evidence
    .filter((e) => kept.has(e))
    .map((e): CompactEvidence => {
      const { sentence, sentenceStart: _start, sentenceEnd: _end, ...rest } = e;
      const place = locateSentence(e, fieldText(posting, e.field));
      if (place) return { ...rest, sentenceStart: place[0], sentenceEnd: place[1] };
      return options.dropUnplaced ? rest : { ...rest, sentence };
    });
  return { ...verdict, evidence, ...(Object.keys(omitted).length ? { omitted } : {}) };
}

/** The verdict with its sentences back, read from the text it was made compact against. */
export function expandVerdict(compact: CompactVerdict, posting: Pick<Posting, 'title' | 'description'>): Verdict {
  const { omitted: _omitted, ...verdict } = compact;
  return {
    ...verdict,
    evidence: compact.evidence.map((e): Evidence => {
      const text = fieldText(posting, e.field);
      const placed = e.sentenceStart !== undefined && e.sentenceEnd !== undefined;
      const sentence = (e.sentence ?? (placed ? text.slice(e.sentenceStart, e.sentenceEnd) : '')) || e.cue;
      // Offsets into this text where they hold; else where the sentence stands in it, if anywhere.
      const at = placed ? e.sentenceStart! : text.lastIndexOf(sentence, e.start);
      const [sentenceStart, sentenceEnd] = at >= 0 && text.slice(at, at + sentence.length) === sentence ? [at, at + sentence.length] : [0, 0];
      return { ...e, sentence, sentenceStart, sentenceEnd };
    }),
  };
}
