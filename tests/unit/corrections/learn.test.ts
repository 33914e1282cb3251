// Corrections adapt criterion weights: in the right direction, bounded, and undoable.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClassifierSettings, Evidence, Verdict } from '../../../src/classifier/types';
import { verdictFeatures } from '../../../src/corrections/features';
import {
  applyCorrections,
  describeAdjustments,
  learnMultipliers,
  MULTIPLIER_MAX,
  MULTIPLIER_MIN,
  STEP_CAP,
} from '../../../src/corrections/learn';
import type { Correction } from '../../../src/corrections/types';

const base: ClassifierSettings = { weights: {}, balancedBand: 0.2, customCues: [] };
const correction = (jobId: string, label: Correction['label'], features: Record<string, number>, at = 1): Correction => ({
  jobId,
  label,
  features,
  at,
});
const lean = (s: ClassifierSettings, f: Record<string, number>) =>
  Object.entries(f).reduce((z, [id, x]) => z + (s.weights[id] ?? 1) * x, 0);

describe('learning from corrections', () => {
  const features = { finance: 2, strategic_planning: 1, records_management: -1 };

  it('moves the lean toward the corrected label', () => {
    const after = applyCorrections(base, [correction('a', 'administration', features)]);
    expect(lean(after, features)).toBeLessThan(lean(base, features));
    expect(after.weights.finance).toBeLessThan(1);
    expect(after.weights.records_management).toBeGreaterThan(1);
    const toward = applyCorrections(base, [correction('a', 'management', features)]);
    expect(lean(toward, features)).toBeGreaterThan(lean(base, features));
  });

  it('caps what one correction can change, however strong the evidence', () => {
    const huge = { finance: 500, records_management: -500 };
    const m = learnMultipliers([correction('a', 'administration', huge)], {});
    for (const value of Object.values(m)) {
      expect(Math.abs(Math.log(value))).toBeLessThanOrEqual(STEP_CAP + 1e-12);
    }
  });

  it('keeps multipliers within bounds after many agreeing corrections', () => {
    const many = Array.from({ length: 200 }, (_, i) => correction(`j${i}`, 'administration', features, i));
    const m = learnMultipliers(many, {});
    for (const value of Object.values(m)) {
      expect(value).toBeGreaterThanOrEqual(MULTIPLIER_MIN);
      expect(value).toBeLessThanOrEqual(MULTIPLIER_MAX);
    }
    expect(m.finance).toBeCloseTo(MULTIPLIER_MIN);
  });

  it('leaves criteria without evidence alone, and a weight the user set to 0 at 0', () => {
    const s = { ...base, weights: { strategic_planning: 0, hr: 1.5 } };
    const after = applyCorrections(s, [correction('a', 'administration', features)]);
    expect(after.weights.strategic_planning).toBe(0);
    expect(after.weights.hr).toBe(1.5);
  });

  it('counts the latest correction per job only', () => {
    const list = [correction('a', 'administration', features, 1), correction('a', 'management', features, 2)];
    expect(learnMultipliers(list, {})).toEqual(learnMultipliers([list[1]!], {}));
  });

  it('reports what changed per criterion', () => {
    const rows = describeAdjustments([correction('a', 'administration', features)], {});
    expect(rows.map((r) => r.criterionId).sort()).toEqual(['finance', 'records_management', 'strategic_planning']);
    expect(rows.every((r) => r.corrections === 1)).toBe(true);
  });

  it('a feature keyed "toString" or "constructor" (a crafted file, issue 11 item 8) learns like any other key, never NaN', () => {
    const crafted = JSON.parse('{"toString": 2, "constructor": -1, "finance": 1}') as Record<string, number>;
    const m = learnMultipliers([correction('a', 'administration', crafted)], { finance: 1.5 });
    expect(Object.values(m).every(Number.isFinite)).toBe(true);
    expect(m.finance).toBeLessThan(1);
    const after = applyCorrections({ ...base, weights: { finance: 1.5 } }, [correction('a', 'administration', crafted), correction('b', 'management', features)]);
    for (const w of Object.values(after.weights)) expect(Number.isFinite(w)).toBe(true);
    expect(after.weights.finance).toBeGreaterThan(0);
  });

  it('with no corrections returns the settings untouched', () => {
    expect(applyCorrections(base, [])).toBe(base);
  });
});

describe('verdictFeatures', () => {
  const ev = (criterionId: string, side: Evidence['side'], weight: number): Evidence => ({
    criterionId, side, weight, cue: 'x', sentence: 'x', field: 'description', start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1, zone: 'duties',
  });
  it('sums signed evidence per criterion and divides the active weight back out', () => {
    const f = verdictFeatures({ evidence: [ev('finance', 'management', 1), ev('finance', 'management', 2), ev('billing', 'administration', 1.5)] }, { finance: 1.5 });
    expect(f).toEqual({ finance: 2, billing: -1.5 });
  });
});

describe('corrections store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds, replaces per job, and forgets', async () => {
    vi.resetModules();
    const store = await import('../../../src/corrections/store');
    const effective = await import('../../../src/user-data/effective-settings');
    const before = await effective.loadEffectiveClassifierSettings();
    const verdict = {
      label: 'management',
      evidence: [
        { criterionId: 'mgmt.finance', side: 'management', weight: 2, cue: 'budget', sentence: 'Own the budget.', field: 'description', start: 8, end: 14 },
      ],
    } as unknown as Verdict;
    const saved = await store.addCorrection('job-9', verdict, 'administration', {}, { title: 'Billing Manager' });
    expect(saved).toMatchObject({ jobId: 'job-9', label: 'administration', predicted: 'management', features: { 'mgmt.finance': 2 } });
    const changed = await effective.loadEffectiveClassifierSettings();
    expect(changed.weights['mgmt.finance']).toBeLessThan(1);

    await store.addCorrection('job-9', verdict, 'management', {});
    expect(await store.loadCorrections()).toHaveLength(1);

    await store.forgetCorrections();
    expect(await store.loadCorrections()).toEqual([]);
    expect(await effective.loadEffectiveClassifierSettings()).toEqual(before);
  });
});
