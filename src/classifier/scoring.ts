// Turns evidence into a lean, a label and a confidence. The knobs live in one object so the
// evaluation script can tune them with cross-validation by source.
import type { Evidence, Label, Side } from './types';

export interface ScoringParams {
  /** How much a title cue counts against one description cue. */
  titleWeight: number;
  /** Each further cue of the same criterion counts this fraction of the one before (saturation). */
  repeatDecay: number;
  /** Added to the denominator of the lean so thin evidence gives a mild lean. */
  smoothing: number;
  /** For 'balanced', the weaker side must carry at least this share of the description's evidence. */
  balancedMinShare: number;
  /** For 'balanced', each side must also carry at least this much description evidence. */
  balancedMinSide: number;
  /** A negated cue pulls against its side by this fraction of its weight. */
  negationPenalty: number;
  /** Weight of a snippet (description given in title-only mode). */
  snippetWeight: number;
}

export const DEFAULT_PARAMS: ScoringParams = {
  titleWeight: 3,
  repeatDecay: 0.45,
  smoothing: 1,
  balancedMinShare: 0.26,
  balancedMinSide: 5,
  negationPenalty: 0.5,
  snippetWeight: 0.5,
};

export interface SideTotals {
  management: number;
  administration: number;
}

/** Sums evidence per side; within one criterion and field, repeats saturate. */
export function sideTotals(evidence: readonly Evidence[], params: ScoringParams): SideTotals {
  const groups = new Map<string, number[]>();
  for (const e of evidence) {
    const key = `${e.criterionId}|${e.field}`;
    const list = groups.get(key);
    if (list) list.push(e.weight);
    else groups.set(key, [e.weight]);
  }
  const totals: SideTotals = { management: 0, administration: 0 };
  for (const [key, weights] of groups) {
    const side: Side = key.startsWith('mgmt.') ? 'management' : 'administration';
    const positive = weights.filter((w) => w > 0).sort((a, b) => b - a);
    let sum = 0;
    let factor = 1;
    for (const w of positive) {
      sum += w * factor;
      factor *= params.repeatDecay;
    }
    // Negated cues subtract, but a criterion never goes below zero.
    for (const w of weights) if (w < 0) sum += w;
    totals[side] += Math.max(0, sum);
  }
  return totals;
}

export interface Decision {
  lean: number;
  label: Exclude<Label, 'not_applicable'>;
  confidence: number;
}

/**
 * `totals` (title and description) give the lean. Whether a role is balanced is a question about
 * its duties: the documents' overlap is an administrator "taking on strategic planning, budget
 * oversight, and leadership responsibilities", which a title cannot show, so the two-sided test
 * reads `duties`, the description's totals alone (a "Practice Administrator (Chief Executive
 * Officer)" title over thin duties is not balanced).
 */
export function decide(totals: SideTotals, duties: SideTotals, balancedBand: number, params: ScoringParams): Decision {
  const m = totals.management;
  const a = totals.administration;
  const sum = m + a;
  const raw = (m - a) / (sum + params.smoothing);
  const lean = Math.max(-1, Math.min(1, Number.isFinite(raw) ? raw : 0));
  const strength = 1 - Math.exp(-sum / 4);
  const dutySum = duties.management + duties.administration;
  const weaker = Math.min(duties.management, duties.administration);
  const weakerShare = dutySum > 0 ? weaker / dutySum : 0;
  if (Math.abs(lean) < balancedBand && weakerShare >= params.balancedMinShare && weaker >= params.balancedMinSide) {
    const centred = balancedBand > 0 ? 1 - Math.abs(lean) / balancedBand : 1;
    return { lean, label: 'balanced', confidence: round(strength * (0.5 + 0.5 * centred)) };
  }
  const label = lean >= 0 ? 'management' : 'administration';
  return { lean, label, confidence: round(strength * (0.35 + 0.65 * Math.abs(lean))) };
}

export function round(n: number, places = 3): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}
