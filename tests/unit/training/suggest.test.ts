import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/classifier/types';
import { defaultCatalogue } from '../../../src/training/catalogue';
import { isHeld, suggestTraining } from '../../../src/training/suggest';

type VerdictFit = Pick<Verdict, 'label' | 'lean' | 'seniority' | 'specializations'>;

const management: VerdictFit = { label: 'management', lean: 0.7, seniority: 'senior', specializations: [] };
const administration: VerdictFit = { label: 'administration', lean: -0.7, seniority: 'mid', specializations: [] };
const ids = (verdict: VerdictFit, postingText = '', held: string[] = []) =>
  suggestTraining({ verdict, postingText, held }).map((s) => s.entry.id);

describe('suggestTraining', () => {
  it('suggests three entries, and different ones for a management and an administration posting', () => {
    const forManagement = ids(management);
    const forAdministration = ids(administration);
    expect(forManagement).toHaveLength(3);
    expect(forAdministration).toHaveLength(3);
    expect(forManagement.filter((id) => forAdministration.includes(id))).toEqual([]);
  });

  it('keeps to entries that serve the lean of the posting', () => {
    const byId = new Map(defaultCatalogue.map((e) => [e.id, e]));
    for (const id of ids(management)) expect(byId.get(id)?.sides).toContain('management');
    for (const id of ids(administration)) expect(byId.get(id)?.sides).toContain('administration');
  });

  it.each([
    ['finance', management, 'chfp'],
    ['quality_improvement', management, 'cphq'],
    ['information_systems', management, 'cphims'],
    ['human_resources', management, 'shrm-cp'],
    ['billing_coding', administration, 'cpc'],
    ['compliance', administration, 'chc'],
    ['records_management', administration, 'rhit'],
    ['admissions', administration, 'cham'],
  ] as const)('puts the %s credential among the suggestions', (specialization, base, expected) => {
    expect(ids({ ...base, specializations: [specialization] })).toContain(expected);
  });

  it('fits seniority: an executive management posting gets executive credentials, an entry one does not', () => {
    expect(ids({ ...management, seniority: 'executive' })).toContain('fache');
    expect(ids({ ...management, seniority: 'entry' })).not.toContain('fache');
  });

  it('skips what the user already holds, by id, name or alias in any case', () => {
    const before = ids({ ...administration, specializations: ['billing_coding'] });
    expect(before).toContain('cpc');
    const after = ids({ ...administration, specializations: ['billing_coding'] }, '', ['cpc']);
    expect(after).not.toContain('cpc');
    expect(after).toHaveLength(3);
    const heldTwo = ids({ ...management, seniority: 'executive' }, '', ['FACHE', 'mba with a healthcare focus']);
    expect(heldTwo).not.toContain('fache');
    expect(heldTwo).not.toContain('mba-healthcare');
  });

  it('treats a held master’s degree as covering the bachelor’s degrees', () => {
    const bachelor = defaultCatalogue.find((e) => e.id === 'bachelor-health-administration')!;
    expect(isHeld(bachelor, [], defaultCatalogue)).toBe(false);
    expect(isHeld(bachelor, ['MHA'], defaultCatalogue)).toBe(true);
    expect(ids(administration, '', ['mha'])).not.toContain('bachelor-health-administration');
  });

  it('shows what the posting names first, with its own sentence', () => {
    const text = 'Practice Manager\nYou will lead the front office. CHFP preferred.';
    const [first] = suggestTraining({ verdict: administration, postingText: text });
    expect(first?.entry.id).toBe('chfp');
    expect(first?.reason).toContain('Named in this posting as preferred');
    expect(first?.reason).toContain('CHFP preferred.');
  });

  it('says "required" only when the posting does', () => {
    const required = suggestTraining({ verdict: administration, postingText: 'CPC certification required.' })[0];
    expect(required?.entry.id).toBe('cpc');
    expect(required?.reason).toMatch(/^Required by this posting/);
    const plain = suggestTraining({ verdict: administration, postingText: 'Supervises billing.' });
    for (const s of plain) expect(s.reason).not.toMatch(/required/i);
    for (const s of plain) expect(s.reason).toMatch(/^Often asked for/);
  });

  it('does not suggest a held credential even when the posting names it', () => {
    const result = suggestTraining({ verdict: administration, postingText: 'RHIT required.', held: ['RHIT'] });
    expect(result.map((s) => s.entry.id)).not.toContain('rhit');
  });

  it('suggests only what the posting names for a role that is not healthcare management/administration', () => {
    const na: VerdictFit = { label: 'not_applicable', lean: 0, seniority: 'mid', specializations: [] };
    expect(ids(na, 'Registered nurse, night shift.')).toEqual([]);
    expect(ids(na, 'Coder. CPC required.')).toEqual(['cpc']);
  });

  it('is deterministic', () => {
    const input = { verdict: management, postingText: 'MBA preferred.' };
    expect(suggestTraining(input)).toEqual(suggestTraining(input));
  });
});

describe('skills the posting mentions', () => {
  it('do not push a skill course ahead of credentials the way a named credential is pushed', () => {
    const verdict: VerdictFit = { label: 'administration', lean: -0.7, seniority: 'mid', specializations: ['billing_coding'] };
    const result = suggestTraining({ verdict, postingText: 'Maintain records in the EHR. Ensure HIPAA compliance.' });
    expect(result[0]?.entry.kind).not.toBe('course');
    const ehr = suggestTraining({ verdict, postingText: 'Maintain records in the EHR.', limit: 30 }).find((s) => s.entry.id === 'ehr-proficiency');
    expect(ehr?.reason).toMatch(/^This posting asks for the skill \(“EHR”\)/);
  });
});
