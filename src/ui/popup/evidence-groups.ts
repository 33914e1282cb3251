// Turns a verdict's evidence into what the popup lists: one group per criterion, one item per
// sentence (several cues of one sentence are marked together), strongest first. Pure.
import type { Evidence, Posting, Side } from '../../classifier/types';

/** What the popup needs to know of a criterion (the classifier's Criterion has all of it). */
export interface CriterionInfo {
  id: string;
  side: Side;
  name: string;
  quote: string;
  document: string;
  weight: number;
}

export type CriterionLookup = (id: string) => CriterionInfo | undefined;

/** A cue's place inside its sentence. */
export interface CueRange {
  start: number;
  end: number;
}

export interface EvidenceItem {
  sentence: string;
  cues: CueRange[];
  /** The first cue's words (what the page is asked to highlight). */
  cue: string;
  field: Evidence['field'];
  /** Where in the posting the sentence stands (duties, person specification, title). */
  zone?: Evidence['zone'];
  /** How the cue was read when not at face value (support duty, delivering, negated). */
  sense?: Evidence['sense'];
  /** Sum of the items' signed weights; negative = counted against the side (e.g. negated). */
  weight: number;
}

export interface EvidenceGroup {
  criterionId: string;
  side: Side;
  name: string;
  quote?: string;
  document?: string;
  weight: number;
  items: EvidenceItem[];
}

/** Where the cue sits in its sentence: from the offsets when they agree, else by search. */
export function cueRangeInSentence(evidence: Evidence, posting: Posting | undefined): CueRange | null {
  const { sentence, cue } = evidence;
  const text = posting ? (evidence.field === 'title' ? posting.title : posting.description ?? '') : '';
  if (text.slice(evidence.start, evidence.end) === cue) {
    // The sentence containing [start, end): search backwards from the cue's start.
    const sentenceStart = text.lastIndexOf(sentence, evidence.start);
    if (sentenceStart >= 0 && sentenceStart + sentence.length >= evidence.end) {
      return { start: evidence.start - sentenceStart, end: evidence.end - sentenceStart };
    }
  }
  const at = sentence.indexOf(cue);
  if (at >= 0) return { start: at, end: at + cue.length };
  const folded = sentence.toLowerCase().indexOf(cue.toLowerCase());
  return folded >= 0 ? { start: folded, end: folded + cue.length } : null;
}

/** Sorted, non-overlapping ranges (overlaps merged). */
export function mergeRanges(ranges: readonly CueRange[]): CueRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: CueRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Evidence that counted (weight ≠ 0), grouped by criterion, strongest group first. */
export function groupEvidence(evidence: readonly Evidence[], posting: Posting | undefined, lookup: CriterionLookup): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const e of evidence) {
    if (e.weight === 0) continue;
    const info = lookup(e.criterionId);
    let group = groups.get(e.criterionId);
    if (!group) {
      group = {
        criterionId: e.criterionId,
        side: info?.side ?? e.side,
        name: info?.name ?? e.criterionId,
        quote: info?.quote,
        document: info?.document,
        weight: 0,
        items: [],
      };
      groups.set(e.criterionId, group);
    }
    group.weight += e.weight;
    const range = cueRangeInSentence(e, posting);
    let item = group.items.find((i) => i.sentence === e.sentence && i.field === e.field);
    if (!item) {
      item = { sentence: e.sentence, cues: [], cue: e.cue, field: e.field, zone: e.zone, sense: e.sense, weight: 0 };
      group.items.push(item);
    }
    item.weight += e.weight;
    if (range) item.cues = mergeRanges([...item.cues, range]);
  }
  const result = [...groups.values()];
  for (const g of result) g.items.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return result.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

/** Splits a sentence into plain runs and cue runs, for rendering as text nodes and <mark>s. */
export function splitByCues(sentence: string, cues: readonly CueRange[]): { text: string; cue: boolean }[] {
  const parts: { text: string; cue: boolean }[] = [];
  let at = 0;
  for (const { start, end } of mergeRanges(cues)) {
    const s = Math.max(at, Math.min(start, sentence.length));
    const e = Math.max(s, Math.min(end, sentence.length));
    if (s > at) parts.push({ text: sentence.slice(at, s), cue: false });
    if (e > s) parts.push({ text: sentence.slice(s, e), cue: true });
    at = e;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at), cue: false });
  return parts;
}
