// One block per criterion family: invented postings, and the evidence each must produce.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import type { Verdict } from '../../../src/classifier/types';

const ids = (v: Verdict): string[] => v.evidence.filter((e) => e.weight > 0).map((e) => e.criterionId);
const desc = (title: string, description: string): Verdict => classify({ title, description, company: 'Example Health Clinic' });

describe('scope and focus', () => {
  it('organisation-wide and strategic language leans management', () => {
    const v = desc('Healthcare Manager', 'You will set the strategic direction for the whole organisation and develop our long-term plan across all departments.');
    expect(ids(v)).toContain('mgmt.scope.strategic_long_term');
    expect(ids(v)).toContain('mgmt.scope.organization_wide');
    expect(v.lean).toBeGreaterThan(0);
  });
  it('day-to-day, department-level language leans administration', () => {
    const v = desc('Healthcare Manager', 'You will oversee the day-to-day running of the department and keep the clinic running smoothly for patients.');
    expect(ids(v)).toContain('admin.scope.day_to_day');
    expect(ids(v)).toContain('admin.scope.department');
    expect(v.lean).toBeLessThan(0);
  });
});

describe('decision-making', () => {
  it('budgets, resource allocation and technology investment are management decisions', () => {
    const v = desc('Healthcare Manager', 'You will make high-level decisions on resource allocation, hold budget accountability and decide on investment in new technology for the hospital.');
    expect(ids(v)).toEqual(expect.arrayContaining(['mgmt.decisions.budgets_resources', 'mgmt.decisions.technology_investment']));
    expect(v.lean).toBeGreaterThan(0);
  });
  it('training staff on systems and daily workflow are administrative', () => {
    const v = desc('Healthcare Manager', 'You will train staff to use the new booking system and resolve workflow problems on the ward.');
    expect(ids(v)).toContain('admin.decisions.operational_training');
  });
});

describe('policy', () => {
  it('creating policy is management, implementing it is administration', () => {
    const create = desc('Healthcare Manager', 'You will develop policies for the health system and set the direction for clinical governance.');
    const implement = desc('Healthcare Manager', 'You will make sure policies and procedures are implemented and standard operating procedures are followed.');
    expect(ids(create)).toContain('mgmt.policy.creating');
    expect(ids(implement)).toContain('admin.policy.implementing');
    expect(create.lean).toBeGreaterThan(implement.lean);
  });
});

describe('leadership, culture and bridging', () => {
  it('finds culture and the bridge to the board and partners outside', () => {
    const v = desc('Healthcare Manager', 'You will build a positive workplace culture across the organisation and represent the organisation with external partners and elected officials.');
    expect(ids(v)).toEqual(expect.arrayContaining(['mgmt.leadership.culture', 'mgmt.bridging.executives_clinicians']));
    expect(v.lean).toBeGreaterThan(0);
  });
  it('working with the executive team is no direction of one’s own', () => {
    const v = desc('Healthcare Manager', 'You will work with the executive team, physicians and nurses to keep the clinic running smoothly.');
    expect(v.lean).toBeLessThan(0);
  });
});

describe('growth, marketing and business development', () => {
  it('finds growth and business development', () => {
    const v = desc('Head of Business Development', 'You will drive growth, lead marketing campaigns and open new services for the clinic network.');
    expect(ids(v)).toContain('mgmt.growth.business_development');
    expect(v.label).toBe('management');
  });
});

describe('career paths', () => {
  it.each([
    ['Chief Executive Officer', 'management'],
    ['Executive Director', 'management'],
    ['Director of Operations', 'administration'],
    ['Practice Administrator', 'administration'],
    ['Medical Office Manager', 'administration'],
    ['Department Coordinator', 'administration'],
    ['Chief Administrative Officer', 'administration'],
  ])('title "%s" leans %s', (title, side) => {
    const v = classify({ title, company: 'Example Health Clinic' }, undefined, { titleOnly: true });
    expect(v.lean > 0 ? 'management' : 'administration').toBe(side);
    expect(v.evidence.some((e) => e.field === 'title' && e.side === side)).toBe(true);
  });
});

describe('administration tasks', () => {
  it.each([
    ['You will handle billing, insurance claims and ICD-10 coding.', 'admin.tasks.billing_coding', 'billing_coding'],
    ['You will maintain patient records and the electronic health record.', 'admin.tasks.records_ehr', 'records_management'],
    ['You will ensure HIPAA compliance and protect patient privacy.', 'admin.tasks.compliance_privacy', 'compliance'],
    ['You will prepare for accreditation and run the risk register and risk management process.', 'admin.tasks.accreditation_risk', 'compliance'],
    ['You will manage admissions and discharges and bed management.', 'admin.tasks.admissions_discharge', 'admissions'],
    ['You will greet patients at the front desk, handle complaints and answer telephone enquiries.', 'admin.tasks.patient_services', 'patient_services'],
    ['You will manage the scheduling of appointments and clinic lists.', 'admin.tasks.scheduling', 'scheduling'],
    ['You will handle staff onboarding, timesheets and payroll.', 'admin.tasks.personnel_onboarding', undefined],
  ])('%s', (text, criterionId, specialization) => {
    const v = desc('Healthcare Manager', text);
    expect(ids(v)).toContain(criterionId);
    expect(v.lean).toBeLessThan(0);
    if (specialization) expect(v.specializations).toContain(specialization);
  });
});

describe('education signals', () => {
  it('MHA/MBA and executive experience lean management; certificates and operational experience lean administration', () => {
    const masters = desc('Healthcare Manager', 'An MHA or MBA and executive experience are required.');
    const cert = desc('Healthcare Manager', 'A certificate in medical coding and administrative experience are required.');
    expect(ids(masters)).toContain('mgmt.education.masters_executive');
    expect(ids(cert)).toContain('admin.education.certificates_operational');
    expect(masters.lean).toBeGreaterThan(cert.lean);
  });
});
