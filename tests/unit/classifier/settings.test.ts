// Settings: defaults, validation with clear errors, and their effect on classify().
import { describe, expect, it } from 'vitest';
import { classify, criteria, defaultClassifierSettings, validateClassifierSettings } from '../../../src/classifier/index';
import { balancedPosting, executivePosting } from './fixtures';

describe('validateClassifierSettings', () => {
  it('accepts the defaults and partial settings', () => {
    expect(validateClassifierSettings(defaultClassifierSettings())).toEqual({
      ok: true,
      value: defaultClassifierSettings(),
      errors: [],
      warnings: [],
    });
    const r = validateClassifierSettings({ balancedBand: 0.3 });
    expect(r.ok && r.value.balancedBand).toBe(0.3);
  });
  it.each([
    [42, /must be an object/],
    [{ weights: [1, 2] }, /weights: must be an object/],
    [{ balancedBand: 2 }, /balancedBand/],
    [{ customCues: 'x' }, /customCues: must be a list/],
  ])('refuses %j with a clear error', (input, message) => {
    const r = validateClassifierSettings(input);
    expect(r.ok).toBe(false);
    expect(r.errors.join(' ')).toMatch(message);
    expect(r.value).toEqual(defaultClassifierSettings());
  });
  it.each([
    [{ weights: { 'no.such.criterion': 1 } }, /weights\.no\.such\.criterion: is not a criterion RoleLens knows/],
    [{ weights: { 'mgmt.finance': -1 } }, /weights\.mgmt\.finance: must be between 0 and 3/],
    [{ customCues: [{ phrase: '  ', criterionId: 'mgmt.finance', weight: 1 }] }, /customCues\[0\]\.phrase/],
    [{ customCues: [{ phrase: 'gain share', criterionId: 'bogus', weight: 1 }] }, /customCues\[0\]\.criterionId: Unknown criterion "bogus"/],
  ])('drops the bad entry of %j with a clear warning', (input, message) => {
    const r = validateClassifierSettings(input);
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(message);
  });
  it('keeps every valid weight beside unknown or invalid ones, one warning each', () => {
    const r = validateClassifierSettings({
      weights: { 'mgmt.finance': 2, 'renamed.criterion': 1, 'admin.tasks.billing_coding': 0, 'mgmt.culture': 1, 'admin.scope.department': 'x' },
      balancedBand: 0.3,
    });
    expect(r.value.weights).toEqual({ 'mgmt.finance': 2, 'admin.tasks.billing_coding': 0 });
    expect(r.value.balancedBand).toBe(0.3);
    expect(r.warnings).toHaveLength(3);
    expect(r.warnings.join('\n')).toMatch(/weights\.renamed\.criterion:/);
    expect(r.warnings.join('\n')).toMatch(/weights\.mgmt\.culture:/);
    expect(r.warnings.join('\n')).toMatch(/admin\.scope\.department/);
  });
  it('keeps the valid custom cues and names the position of each bad one', () => {
    const good = { phrase: 'gain share', criterionId: 'mgmt.finance', weight: 1.5 };
    const r = validateClassifierSettings({
      customCues: [{ phrase: 'x', criterionId: 'gone', weight: 1 }, good, 'not a cue', { ...good, phrase: 'locum pool', weight: 99 }],
    });
    expect(r.value.customCues).toEqual([good]);
    expect(r.warnings.map((w) => w.match(/customCues\[(\d+)\]/)?.[1])).toEqual(['0', '2', '3']);
  });
});

describe('settings change the verdict', () => {
  it('a weight of 0 removes a criterion’s evidence', () => {
    const id = 'mgmt.path.executive';
    expect(classify(executivePosting).evidence.some((e) => e.criterionId === id)).toBe(true);
    const v = classify(executivePosting, { weights: { [id]: 0 } });
    expect(v.evidence.some((e) => e.criterionId === id)).toBe(false);
  });
  it('an unknown criterion id does not cost the other weights', () => {
    const id = 'mgmt.path.executive';
    const v = classify(executivePosting, { weights: { 'criterion.from.an.older.version': 2, [id]: 0 } });
    expect(v.evidence.some((e) => e.criterionId === id)).toBe(false);
  });
  it('a custom cue adds evidence for its criterion, with inflections', () => {
    const posting = { title: 'Healthcare Manager', company: 'Example Clinic', description: 'You will be shepherding the locum pool.' };
    expect(classify(posting).evidence.some((e) => e.cue === 'shepherding the locum pool')).toBe(false);
    const v = classify(posting, { customCues: [{ phrase: 'shepherd locum pool', criterionId: 'admin.tasks.personnel_onboarding', weight: 2 }] });
    const e = v.evidence.find((x) => x.criterionId === 'admin.tasks.personnel_onboarding');
    expect(e?.cue).toBe('shepherding the locum pool');
  });
  it('the balanced band decides between balanced and a lean', () => {
    const wide = classify(balancedPosting, { balancedBand: 0.9 });
    const none = classify(balancedPosting, { balancedBand: 0 });
    expect(wide.label).toBe('balanced');
    expect(['management', 'administration']).toContain(none.label);
    expect(wide.lean).toBe(none.lean);
  });
  it('exports a criterion for every weight id the options page may show', () => {
    expect(criteria.length).toBeGreaterThan(20);
  });
});
