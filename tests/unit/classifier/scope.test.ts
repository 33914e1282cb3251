// Scope (LABELLING.md §2: "scope and direction decide, not rank words"): from the title's own role,
// placed or raised by the duties. Invented postings.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import { readTitle, titleOwnRoleEnd } from '../../../src/classifier/title';

const company = 'Riverside Health';

describe('the title’s own role', () => {
  it.each([
    ['Business Manager to the Director of Strategy', 'Business Manager'],
    ['PA to the Chief Executive', 'PA'],
    ['Executive Assistant to the President', 'Executive Assistant'],
    ['Deputy Director for Management Operations', 'Deputy Director for Management Operations'],
    ['Manager for Outpatient Services', 'Manager for Outpatient Services'],
  ])('"%s" names its own role as "%s"', (title, own) => {
    expect(title.slice(0, titleOwnRoleEnd(title))).toBe(own);
  });
  it('the boss’s rank is not the role’s: "Business Manager to the Director of Strategy" is a department post', () => {
    const r = readTitle('Business Manager to the Director of Strategy');
    expect(r.rank).toBe('manager');
    expect(r.scope).toBe('department');
  });
  it('deputy, assistant and associate roles sit under the one they name and are never the executive', () => {
    for (const title of ['Deputy Chief Executive', 'Assistant Director of Finance', 'Associate Director of Operations', 'Deputy General Manager']) {
      const r = readTitle(title);
      expect(r.deputy).toBe(true);
      expect(r.executive).toBe(false);
    }
    expect(readTitle('Deputy General Manager').scope).toBe('department');
    expect(readTitle('General Manager').scope).toBe('division');
  });
  it('"Chief Administrative Officer" keeps "Chief" and is the documents’ senior administration role', () => {
    const r = readTitle('Chief Administrative Officer');
    expect(r.rank).toBe('chief');
    expect(r.seniorAdministration).toBe(true);
    expect(r.executive).toBe(false);
  });
  it.each([
    ['Chief Executive Officer', 'organisation'],
    ['President & CEO', 'organisation'],
    ['Executive Director', 'organisation'],
    ['Executive Director, Medical Center', 'organisation'],
    ['Executive Director of Perioperative Services', 'division'],
    ['Vice President, Cardiology Service Line', 'division'],
    ['Divisional Operations Manager', 'division'],
    ['Clinic Manager', 'department'],
    ['Patient Access Representative', 'individual'],
  ])('"%s" alone reads as %s scope', (title, scope) => {
    expect(readTitle(title).scope).toBe(scope);
  });
  it('a chief who is not an officer or executive is no executive ("Chief Cardiac Physiologist")', () => {
    expect(readTitle('Chief Cardiac Physiologist').executive).toBe(false);
  });
});

describe('the duties place the role', () => {
  it('a director who is a member of the Board is the organisation’s executive', () => {
    const v = classify({ title: 'Director of Finance', company, description: 'Duties: As a member of the Trust Board you will oversee the financial reporting of the organisation and its audits.' });
    expect(v.scope).toBe('organisation');
    expect(v.label).toBe('management');
    expect(v.decidedBy).toBe('scope');
  });
  it('reporting to the chief executive alone is no seat at the top table', () => {
    const v = classify({ title: 'Director of Patient Access', company, description: 'Duties: Reporting to the CEO, you will run registration, scheduling and insurance verification for the hospital.' });
    expect(v.scope).toBe('division');
    expect(v.label).toBe('administration');
  });
  it('"across the Trust" raises a manager to a division-level remit; a division’s own team is no board', () => {
    const v = classify({ title: 'Improvement Manager', company, description: 'Duties: You will run improvement projects across the Trust and report on their delivery.' });
    expect(v.scope).toBe('division');
    const d = classify({ title: 'Head of Operations', company, description: 'Duties: As a member of the Surgery Division Senior Management Team you will run the theatres and their rotas.' });
    expect(d.scope).not.toBe('organisation');
  });
  it('several sites make a division', () => {
    const v = classify({ title: 'Operations Manager', company, description: 'Duties: You will oversee the day-to-day running of our four health centers and their front desks.' });
    expect(v.scope).toBe('division');
  });
  it('a chief officer handed "assigned departments" by the chief executive runs part of the organisation', () => {
    const v = classify({
      title: 'Chief Operating Officer',
      company,
      description: 'Duties: Reporting to the CEO, the COO is responsible for the day-to-day operations of the assigned departments, their staffing and budgets, and compliance with regulations.',
    });
    expect(v.scope).toBe('division');
    expect(v.label).toBe('administration');
    // The chief executive has no such remit: the organisation's head is its executive.
    const ceo = classify({ title: 'Chief Executive Officer', company, description: 'Duties: You will oversee the day-to-day operations of the assigned departments.' });
    expect(ceo.scope).toBe('organisation');
    expect(ceo.label).toBe('management');
  });
  it('a generic title beside a description that names the post as the executive reads as that post', () => {
    const v = classify({ title: 'Healthcare Manager', company, description: 'As Chief Operating Officer, you will run all hospital operations and report to the Board.' });
    expect(v.scope).toBe('organisation');
    expect(v.label).toBe('management');
  });
  it('scope is a verdict field on every posting', () => {
    expect(classify({ title: 'Receptionist', company }).scope).toBe('individual');
  });
});
