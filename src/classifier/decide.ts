// From counted duty statements, scope and the title to a tag, a lean and a confidence, in the order
// LABELLING.md gives: an organisation's executive is management (§2); a thin posting is decided by
// its title (§5); otherwise the duties decide, by scope (§2), with balanced only when both sides are
// substantial in the duties (§3).
import type { Parameters } from './parameters';
import type { DecidedBy, Label, Scope } from './types';

export interface SideCounts {
  management: number;
  administration: number;
}

export interface DecisionInput {
  /** Statements in the duties (zone-weighted). */
  duties: SideCounts;
  /** Person-specification statements (already scaled down by the person zone's weight). */
  person: SideCounts;
  /** Distinct functions stated clearly in the duties, per side. */
  distinct: SideCounts;
  /** The title's bounded prior: −1 administration … +1 management (title-prior.ts). */
  titlePrior: number;
  scope: Scope;
  executive: boolean;
  seniorAdministration: boolean;
  /** Classifier setting: balanced needs |M − A| / (M + A) of the duties at most this. */
  balancedBand: number;
  /** List cards: only the title (and any snippet) is there to read. */
  titleOnly: boolean;
}

export interface Decision {
  label: Exclude<Label, 'not_applicable'>;
  lean: number;
  confidence: number;
  decidedBy: DecidedBy;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export function decide(input: DecisionInput, p: Parameters): Decision {
  const { duties, person } = input;
  const dutyCount = duties.management + duties.administration;
  const m = duties.management + person.management;
  const a = duties.administration + person.administration;
  const strength = 1 - Math.exp(-dutyCount / p.evidenceScale);
  const share = m + a > 0 ? m / (m + a) : 0.5;

  if (input.executive) {
    // Management even when the duties read as operations; less sure the more they do.
    const lean = clamp(0.35 + 0.55 * share, 0.2, 1);
    return { label: 'management', lean: round(lean), confidence: round(clamp(0.55 + 0.25 * share + 0.15 * strength, 0, 0.95)), decidedBy: 'scope' };
  }

  if (input.titleOnly || dutyCount <= p.thinDuties) {
    // The title decides as the documents place it; a lean from what little the duties say breaks a tie.
    const prior = input.titlePrior + (m + a > 0 ? 0.3 * (share - 0.5) : 0);
    const label = prior > 0 ? 'management' : 'administration';
    const lean = prior === 0 ? -0.1 : clamp(prior * 0.6, -0.9, 0.9);
    const confidence = clamp(0.45 + 0.3 * Math.abs(input.titlePrior), 0.4, p.titleConfidenceCap);
    return { label, lean: round(label === 'management' ? Math.max(lean, 0.05) : Math.min(lean, -0.05)), confidence: round(confidence), decidedBy: 'title' };
  }

  const needed = clamp(neededShare(input, p) - p.titleNudge * input.titlePrior, 0.05, 0.95);
  const margin = share - needed;
  // The lean says how far the duties sit past the line this scope draws, on −1 … +1.
  const lean = clamp(margin / Math.max(margin >= 0 ? 1 - needed : needed, 0.05), -1, 1);
  const dutyGap = dutyCount > 0 ? Math.abs(duties.management - duties.administration) / dutyCount : 1;
  const torn = input.distinct.management >= p.balancedMinSide && input.distinct.administration >= p.balancedMinSide && dutyGap <= input.balancedBand;
  if (torn && Math.abs(input.titlePrior) < p.balancedTitleMax) {
    const centred = input.balancedBand > 0 ? 1 - dutyGap / input.balancedBand : 1;
    return { label: 'balanced', lean: round(lean), confidence: round(clamp(strength * (0.5 + 0.35 * centred), 0, 0.9)), decidedBy: 'duties' };
  }
  const label = margin >= 0 ? 'management' : 'administration';
  const signed = label === 'management' ? Math.max(lean, 0.05) : Math.min(lean, -0.05);
  return { label, lean: round(signed), confidence: round(clamp(strength * (0.5 + 0.5 * Math.abs(lean)), 0.3, 0.97)), decidedBy: 'duties' };
}

/** The share of management statements a role of this scope needs to be management (guide §2). */
function neededShare(input: DecisionInput, p: Parameters): number {
  if (input.seniorAdministration) return p.seniorAdministrationShare;
  switch (input.scope) {
    case 'organisation':
    case 'division':
      return p.divisionShare;
    case 'department':
      return p.departmentShare;
    case 'individual':
      return p.individualShare;
  }
}

export function round(n: number, places = 3): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}
