// Learning criterion weights from corrections: online logistic regression.
//
// The model is the classifier's own lean: z = Σ_c weight_c · a_c · feature_c, with a_c = e^θ_c the
// learned multiplier on top of the user's weight. P(management) = σ(z / SCALE). A "management"
// correction targets 1, "administration" 0, "balanced" ½. Each correction is one SGD step on the
// log-loss. Two bounds keep it gentle: one correction moves a multiplier by at most ×1.25 (or
// ÷1.25), and a multiplier stays within [0.5, 2] however many corrections agree.
import type { ClassifierSettings } from '../classifier/types';
import { WEIGHT_MAX, WEIGHT_MIN } from '../classifier/settings-schema';
import type { Correction, CorrectionLabel } from './types';

export const LEARNING_RATE = 0.5;
/** Evidence sums of a typical posting are a few units; this keeps σ out of saturation. */
export const SCALE = 2;
export const STEP_CAP = Math.log(1.25);
export const MULTIPLIER_MIN = 0.5;
export const MULTIPLIER_MAX = 2;

const TARGET: Record<CorrectionLabel, number> = { management: 1, administration: 0, balanced: 0.5 };

export interface CriterionAdjustment {
  criterionId: string;
  /** Learned multiplier (1 = unchanged). */
  multiplier: number;
  /** How many corrections had evidence for this criterion. */
  corrections: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** One correction per job id (the latest), in the order they were made. */
export function effectiveCorrections(corrections: readonly Correction[]): Correction[] {
  const latest = new Map<string, Correction>();
  for (const c of [...corrections].sort((a, b) => a.at - b.at)) {
    latest.delete(c.jobId);
    latest.set(c.jobId, c);
  }
  return [...latest.values()];
}

/** A user-keyed map's own value: a key such as "toString" finds nothing inherited. */
function own(map: Readonly<Record<string, number>>, key: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** Learned multipliers per criterion id, given the user's own weights. */
export function learnMultipliers(
  corrections: readonly Correction[],
  userWeights: Record<string, number>,
): Record<string, number> {
  // A Map, not an object: criterion ids come from stored or imported data.
  const theta = new Map<string, number>();
  for (const correction of effectiveCorrections(corrections)) {
    const entries = Object.entries(correction.features);
    let z = 0;
    for (const [id, f] of entries) z += (own(userWeights, id) ?? 1) * Math.exp(theta.get(id) ?? 0) * f;
    const error = sigmoid(z / SCALE) - TARGET[correction.label];
    for (const [id, f] of entries) {
      const a = Math.exp(theta.get(id) ?? 0);
      const gradient = (error * (own(userWeights, id) ?? 1) * a * f) / SCALE;
      const step = clamp(-LEARNING_RATE * gradient, -STEP_CAP, STEP_CAP);
      theta.set(id, clamp((theta.get(id) ?? 0) + step, Math.log(MULTIPLIER_MIN), Math.log(MULTIPLIER_MAX)));
    }
  }
  const multipliers: Record<string, number> = Object.create(null);
  for (const [id, t] of theta) {
    const m = Math.exp(t);
    if (Math.abs(m - 1) > 1e-9) multipliers[id] = m;
  }
  return multipliers;
}

/** What the corrections changed, per criterion: for the options page. */
export function describeAdjustments(
  corrections: readonly Correction[],
  userWeights: Record<string, number>,
): CriterionAdjustment[] {
  const multipliers = learnMultipliers(corrections, userWeights);
  const counts = new Map<string, number>();
  for (const c of effectiveCorrections(corrections))
    for (const id of Object.keys(c.features)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return Object.entries(multipliers)
    .map(([criterionId, multiplier]) => ({ criterionId, multiplier, corrections: counts.get(criterionId) ?? 0 }))
    .sort((x, y) => Math.abs(Math.log(y.multiplier)) - Math.abs(Math.log(x.multiplier)));
}

/** The weights verdicts are made with: the user's own, times what the corrections taught. */
export function activeWeights(userWeights: Record<string, number>, corrections: readonly Correction[]): Record<string, number> {
  const multipliers = learnMultipliers(corrections, userWeights);
  if (Object.keys(multipliers).length === 0) return userWeights;
  const weights: Record<string, number> = Object.assign(Object.create(null), userWeights);
  for (const [id, m] of Object.entries(multipliers)) {
    weights[id] = clamp((own(userWeights, id) ?? 1) * m, WEIGHT_MIN, WEIGHT_MAX);
  }
  return weights;
}

/** Pure: the classifier settings with the corrections' learned multipliers applied. */
export function applyCorrections(settings: ClassifierSettings, corrections: readonly Correction[]): ClassifierSettings {
  const weights = activeWeights(settings.weights, corrections);
  return weights === settings.weights ? settings : { ...settings, weights };
}
