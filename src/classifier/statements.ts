// Counting duty statements (LABELLING.md §3): "each distinct function is one statement, even when
// one sentence lists several": every distinct cue is a statement ("recruitment, rotas and payroll"
// are three). The same cue again adds less each time (`repeatDecay`), and so does each further
// function of one criterion (`functionDecay`). Title evidence is the prior, not a statement, and is
// not counted here.
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

/**
 * `repeatDecay`: how much the same cue counts again in a later sentence ("billing" five times is
 * not five billing duties). `functionDecay`: how much each further distinct function of one
 * criterion counts ("business development, new services and revenue" are three growth functions;
 * a criterion that gathers many functions should not drown the others).
 */
export function countStatements(evidence: readonly Evidence[], repeatDecay: number, functionDecay = repeatDecay): StatementCounts {
  // One cue word repeated in a sentence states its function once; a negated cue only when nothing
  // else in the sentence states it.
  const perSentence = new Map<string, Evidence>();
  for (const e of evidence) {
    if (e.zone !== 'duties' && e.zone !== 'person') continue;
    const key = `${e.criterionId}|${e.sentenceStart}|${e.cue.toLowerCase()}`;
    const held = perSentence.get(key);
    if (!held || (held.weight < 0 && e.weight > 0) || (Math.sign(held.weight) === Math.sign(e.weight) && Math.abs(e.weight) > Math.abs(held.weight))) perSentence.set(key, e);
  }
  // Per criterion, per distinct cue: the weights of its statements.
  const groups = new Map<string, { side: Evidence['side']; zone: 'duties' | 'person'; byCue: Map<string, number[]> }>();
  for (const e of perSentence.values()) {
    if (e.zone !== 'duties' && e.zone !== 'person') continue;
    const key = `${e.criterionId}|${e.zone}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { side: e.side, zone: e.zone, byCue: new Map() }));
    const cue = e.cue.toLowerCase();
    const list = g.byCue.get(cue);
    if (list) list.push(e.weight);
    else g.byCue.set(cue, [e.weight]);
  }
  const counts: StatementCounts = {
    duties: { management: 0, administration: 0 },
    person: { management: 0, administration: 0 },
    distinct: { management: 0, administration: 0 },
  };
  for (const { side, zone, byCue } of groups.values()) {
    const all = [...byCue.values()].flat();
    if (zone === 'duties' && Math.max(...all) >= CLEAR) counts.distinct[side]++;
    // Each distinct cue: its strongest statement, then its repeats decaying by repeatDecay.
    const perCue = [...byCue.values()].map((weights) => {
      let sum = 0;
      let factor = 1;
      for (const w of weights.filter((x) => x > 0).sort((a, b) => b - a)) {
        sum += w * factor;
        factor *= repeatDecay;
      }
      // A negated cue subtracts.
      for (const w of weights) if (w < 0) sum += w;
      return sum;
    });
    // Distinct functions of one criterion decaying by functionDecay; a criterion never goes below zero.
    let total = 0;
    let factor = 1;
    for (const v of perCue.filter((x) => x > 0).sort((a, b) => b - a)) {
      total += v * factor;
      factor *= functionDecay;
    }
    for (const v of perCue) if (v < 0) total += v;
    counts[zone][side] += Math.max(0, total);
  }
  return counts;
}
