// Balanced by counting duty statements (LABELLING.md §3), not by weight totals: at least two
// statements for each side, the weaker side at least a third of the counted duties; one strategic
// phrase in an operational role is a lean; boilerplate cannot make a posting balanced, and a short
// posting can be balanced when its duties are. Invented postings.
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/classifier/decide';
import { classify } from '../../../src/classifier/index';
import { PARAMETERS } from '../../../src/classifier/parameters';
import { countStatements } from '../../../src/classifier/statements';
import { balancedPosting } from './fixtures';

const company = 'Lakeside Hospital';

describe('counting duty statements', () => {
  it('each distinct function is one statement, even when one sentence lists several', () => {
    const v = classify({ title: 'Practice Manager', company, description: 'Duties: You will run recruitment, rotas and payroll.' });
    // Three functions of one criterion (staffing): three statements.
    expect(countStatements(v.evidence, PARAMETERS.repeatDecay, 1).duties.administration).toBeCloseTo(3, 5);
    // With functions of one criterion decaying, each adds less: 1 + 0.5 + 0.25.
    expect(countStatements(v.evidence, PARAMETERS.repeatDecay, 0.5).duties.administration).toBeCloseTo(1.75, 5);
  });
  it('the same word repeated in one sentence is one statement, and in later sentences adds less', () => {
    const later = countStatements(classify({ title: 'Practice Manager', company, description: 'Duties: You will oversee billing. You will report on billing.' }).evidence, 0.5, 1);
    expect(later.duties.administration).toBeCloseTo(1.5, 5);
  });
  it('the same word repeated is one statement', () => {
    const once = countStatements(classify({ title: 'Practice Manager', company, description: 'Duties: You will oversee billing.' }).evidence, 0.5, 1);
    const thrice = countStatements(classify({ title: 'Practice Manager', company, description: 'Duties: You will oversee billing, billing queries and billing.' }).evidence, 0.5, 1);
    expect(thrice.duties.administration).toBe(once.duties.administration);
  });
});

describe('balanced', () => {
  it('both sides substantial in the duties is balanced', () => {
    const v = classify(balancedPosting);
    expect(v.label).toBe('balanced');
    expect(v.duties.management).toBeGreaterThanOrEqual(2);
    expect(v.duties.administration).toBeGreaterThanOrEqual(2);
  });
  it('one strategic phrase in an operational role is a lean, not balance', () => {
    const v = classify({
      title: 'Service Manager',
      company,
      description:
        'Duties: You will run day-to-day operations and staff rotas. You will oversee billing and compliance. You will keep patient records accurate. You will help shape the service strategy.',
    });
    expect(v.label).toBe('administration');
  });
  it('the employer’s strategy and growth in its own description cannot make a posting balanced', () => {
    const v = classify({
      title: 'Service Manager',
      company,
      description:
        'About us: We are a leading hospital with a bold strategy, ambitious growth plans and new partnerships across the region. ' +
        'Duties: You will run day-to-day operations and staff rotas, oversee billing and keep patient records.',
    });
    expect(v.label).toBe('administration');
  });
  it('a short posting is balanced when its duties are', () => {
    const v = classify({ title: 'Service Lead', company, description: 'Set the service strategy and win new contracts. Run daily operations and the rota.' });
    expect(v.label).toBe('balanced');
  });
  it('decide(): the weaker side must reach a third of the duties and two statements', () => {
    const base = { person: { management: 0, administration: 0 }, titlePrior: 0, scope: 'department' as const, executive: false, seniorAdministration: false, balancedBand: 1 / 3, titleOnly: false };
    const twoEach = { management: 2, administration: 2 };
    expect(decide({ ...base, duties: { management: 3, administration: 4 }, distinct: twoEach }, PARAMETERS).label).toBe('balanced');
    expect(decide({ ...base, duties: { management: 2, administration: 6 }, distinct: twoEach }, PARAMETERS).label).toBe('administration');
    expect(decide({ ...base, duties: { management: 3, administration: 4 }, distinct: { management: 1, administration: 3 } }, PARAMETERS).label).not.toBe('balanced');
  });
  it('a title whose function words lean one way breaks a balanced tie that way', () => {
    const base = { person: { management: 0, administration: 0 }, scope: 'division' as const, executive: false, seniorAdministration: false, balancedBand: 1 / 3, titleOnly: false, distinct: { management: 2, administration: 2 } };
    expect(decide({ ...base, titlePrior: 0, duties: { management: 3, administration: 3.5 } }, PARAMETERS).label).toBe('balanced');
    expect(decide({ ...base, titlePrior: 1, duties: { management: 3, administration: 3.5 } }, PARAMETERS).label).toBe('management');
    expect(decide({ ...base, titlePrior: -1, duties: { management: 3, administration: 3.5 } }, PARAMETERS).label).toBe('administration');
  });
  it('the balanced band setting widens or closes balanced', () => {
    const v = (band: number) => classify(balancedPosting, { balancedBand: band });
    expect(v(0.9).label).toBe('balanced');
    expect(['management', 'administration']).toContain(v(0).label);
  });
});
