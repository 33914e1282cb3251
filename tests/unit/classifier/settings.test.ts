// Settings: defaults, validation with clear errors, and their effect on classify().
import { describe, expect, it } from 'vitest';
import { classify, criteria, defaultClassifierSettings, validateClassifierSettings } from '../../../src/classifier/index';
import { balancedPosting, executivePosting } from './fixtures';

describe('validateClassifierSettings', () => {
  it('accepts the defaults and partial settings', () => {
    expect(validateClassifierSettings(defaultClassifierSettings())).toEqual({ ok: true, value: defaultClassifierSettings() });
    const r = validateClassifierSettings({ balancedBand: 0.3 });
    expect(r.ok && r.value.balancedBand).toBe(0.3);
  });
  it.each([
    [42, /must be an object/],
    [{ weights: { 'no.such.criterion': 1 } }, /unknown criterion id/],
    [{ weights: { 'mgmt.finance': -1 } }, /from 0 to/],
    [{ balancedBand: 2 }, /balancedBand/],
    [{ customCues: 'x' }, /customCues must be a list/],
    [{ customCues: [{ phrase: '  ', criterionId: 'mgmt.finance', weight: 1 }] }, /phrase/],
    [{ customCues: [{ phrase: 'gain share', criterionId: 'bogus', weight: 1 }] }, /not a known criterion/],
  ])('rejects %j with a clear error', (input, message) => {
    const r = validateClassifierSettings(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(message);
  });
});

describe('settings change the verdict', () => {
  it('a weight of 0 removes a criterion’s evidence', () => {
    const id = 'mgmt.path.executive';
    expect(classify(executivePosting).evidence.some((e) => e.criterionId === id)).toBe(true);
    const v = classify(executivePosting, { weights: { [id]: 0 } });
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
