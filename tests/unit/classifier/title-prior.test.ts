// The title as a bounded prior (LABELLING.md §5, issue 9): rank words set seniority and scope, not
// side; function words keep their side; the title decides only when the duties are thin.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';

const company = 'Example Health Clinic';
const titleOnly = (title: string) => classify({ title, company }, undefined, { titleOnly: true });

describe('the title as a bounded prior', () => {
  it.each([
    ['Chief Executive Officer', 'management'],
    ['Chief Operating Officer', 'management'],
    ['Executive Director', 'management'],
    ['Director of Strategy', 'management'],
    ['Head of Business Development', 'management'],
    ['Director of Planning', 'management'],
    ['Director of Operations', 'administration'],
    ['Vice President of Operations', 'administration'],
    ['Chief Administrative Officer', 'administration'],
    ['Practice Administrator', 'administration'],
    ['Medical Office Manager', 'administration'],
    ['Department Coordinator', 'administration'],
    ['Billing Manager', 'administration'],
    ['Health Records Manager', 'administration'],
  ])('on a list card, "%s" leans %s (the documents’ own placing)', (title, side) => {
    const v = titleOnly(title);
    expect(v.label).toBe(side);
    // An organisation's executive is placed by its scope; every other card by its title.
    expect(v.decidedBy).toBe(v.scope === 'organisation' ? 'scope' : 'title');
  });
  it('rank words give no side: "Director" and "Manager" are not evidence', () => {
    for (const title of ['Director of Services', 'Senior Manager']) {
      const v = titleOnly(title);
      expect(v.evidence.filter((e) => e.side === 'management')).toEqual([]);
    }
  });
  it('a title never decides against substantial duties', () => {
    const v = classify({
      title: 'Director of Strategy',
      company,
      description: 'Duties: You will run day-to-day operations of the clinic, its rotas and recruitment. You will oversee billing, coding and compliance, and keep patient records.',
    });
    expect(v.label).toBe('administration');
    expect(v.decidedBy).toBe('duties');
  });
  it('with at most one vague duty statement the title decides, and says so', () => {
    const v = classify({ title: 'Director of Strategy', company, description: 'You will work with the team.' });
    expect(v.label).toBe('management');
    expect(v.decidedBy).toBe('title');
    expect(v.confidence).toBeLessThanOrEqual(0.7);
  });
  it('seniority comes from rank: a chief is executive, a clerk entry', () => {
    expect(titleOnly('Chief Finance Officer').seniority).toBe('executive');
    expect(titleOnly('Medical Records Clerk').seniority).toBe('entry');
  });
});
