// Counting duty statements (LABELLING.md §3): "each distinct function is one statement, even when
// one sentence lists several": every distinct cue is a statement ("recruitment, rotas and payroll"
// are three), and each further statement of one criterion, in the same sentence or a later one,
// adds less
// (`repeatDecay`), so a posting that says "billing" five times has not five billing duties. Title
// evidence is the prior, not a statement, and is not counted here.
import type { SideCounts } from './decide';
import type { Evidence } from './types';

export interface StatementCounts {
  duties: SideCounts;
  person: SideCounts;
  /** Distinct functions stated clearly in the duties (a cue of full strength, ≥ CLEAR), per side: what "two statements for each side" counts (§3). */
  distinct: SideCounts;
}

/** A cue at least this strong states a function; weaker ones only hint at it. */
const CLEAR = 0.6;

export function countStatements(evidence: readonly Evidence[], repeatDecay: number): StatementCounts {
  // One cue word repeated in a sentence states its function once; a negated cue only when nothing
  // else in the sentence states it.
  const perSentence = new Map<string, Evidence>();
  for (const e of evidence) {
    if (e.zone !== 'duties' && e.zone !== 'person') continue;
    const key = `${e.criterionId}|${e.sentenceStart}|${e.cue.toLowerCase()}`;
    const held = perSentence.get(key);
    if (!held || (held.weight < 0 && e.weight > 0) || (Math.sign(held.weight) === Math.sign(e.weight) && Math.abs(e.weight) > Math.abs(held.weight))) perSentence.set(key, e);
  }
  const groups = new Map<string, { side: Evidence['side']; zone: 'duties' | 'person'; weights: number[] }>();
  for (const e of perSentence.values()) {
    if (e.zone !== 'duties' && e.zone !== 'person') continue;
    const key = `${e.criterionId}|${e.zone}`;
    const g = groups.get(key);
    if (g) g.weights.push(e.weight);
    else groups.set(key, { side: e.side, zone: e.zone, weights: [e.weight] });
  }
  const counts: StatementCounts = {
    duties: { management: 0, administration: 0 },
    person: { management: 0, administration: 0 },
    distinct: { management: 0, administration: 0 },
  };
  for (const { side, zone, weights } of groups.values()) {
    if (zone === 'duties' && Math.max(...weights) >= CLEAR) counts.distinct[side]++;
    let sum = 0;
    let factor = 1;
    for (const w of weights.filter((x) => x > 0).sort((a, b) => b - a)) {
      sum += w * factor;
      factor *= repeatDecay;
    }
    // A negated cue subtracts, but a criterion never goes below zero.
    for (const w of weights) if (w < 0) sum += w;
    counts[zone][side] += Math.max(0, sum);
  }
  return counts;
}
