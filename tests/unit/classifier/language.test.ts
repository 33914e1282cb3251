// Language handling: inflections, UK/US spelling, negation, the reporting line, sections, title weight.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import { toUsSpelling } from '../../../src/classifier/spelling';

const company = 'Example Health Clinic';
const cuesFor = (description: string, criterionId: string): string[] =>
  classify({ title: 'Healthcare Manager', description, company })
    .evidence.filter((e) => e.criterionId === criterionId && e.weight > 0)
    .map((e) => e.cue);

describe('inflections and plurals (expanded once with compromise)', () => {
  it.each(['allocate resources', 'allocates resources', 'allocating resources', 'allocated resources', 'allocate all resources'])(
    '"%s" is resource allocation',
    (phrase) => {
      expect(cuesFor(`You ${phrase} for the hospital.`, 'mgmt.decisions.budgets_resources')).toHaveLength(1);
    },
  );
  it('plural nouns match', () => {
    expect(cuesFor('Manage admissions and discharges.', 'admin.tasks.admissions_discharge')).toEqual(['admissions', 'discharges']);
  });
});

describe('UK and US spellings', () => {
  it('maps UK spellings', () => {
    expect(toUsSpelling('organisation')).toBe('organization');
    expect(toUsSpelling('programme')).toBe('program');
    expect(toUsSpelling('prioritising')).toBe('prioritizing');
    expect(toUsSpelling('supervise')).toBe('supervise');
    expect(toUsSpelling('hour')).toBe('hour');
  });
  it('one cue matches both spellings, and co-ordinator/coordinator', () => {
    expect(cuesFor('Work across the organisation.', 'mgmt.scope.organization_wide')).toEqual(['across the organisation']);
    expect(cuesFor('Work across the organization.', 'mgmt.scope.organization_wide')).toEqual(['across the organization']);
    const uk = classify({ title: 'Patient Services Co-ordinator', company }, undefined, { titleOnly: true });
    const us = classify({ title: 'Patient Services Coordinator', company }, undefined, { titleOnly: true });
    expect(uk.lean).toBeCloseTo(us.lean, 6);
    expect(uk.evidence.map((e) => e.criterionId)).toEqual(us.evidence.map((e) => e.criterionId));
  });
  it('hyphenated and spaced forms match the same cue', () => {
    expect(cuesFor('You will run the ward day to day.', 'admin.scope.day_to_day')).toEqual(['day to day']);
    expect(cuesFor('You will run the ward day-to-day.', 'admin.scope.day_to_day')).toEqual(['day-to-day']);
  });
});

describe('negation', () => {
  it('"no budget accountability" pulls against management instead of for it', () => {
    const v = classify({ title: 'Healthcare Manager', description: 'There is no budget accountability in this post.', company });
    const e = v.evidence.find((x) => x.criterionId === 'mgmt.decisions.budgets_resources');
    expect(e).toBeDefined();
    expect(e!.weight).toBeLessThan(0);
    expect(e!.sense).toBe('negated');
  });
  it('"not responsible for strategy" (and contractions) is not strategy evidence', () => {
    for (const d of ['You are not responsible for strategy.', "You won't be responsible for strategy."]) {
      expect(cuesFor(d, 'mgmt.scope.strategic_long_term')).toEqual([]);
    }
  });
  it('"including but not limited to" is not a negation', () => {
    expect(cuesFor('Duties including but not limited to billing.', 'admin.tasks.billing_coding')).toEqual(['billing']);
  });
});

describe('the reporting line', () => {
  it('"reports to the Chief Operating Officer" is not evidence that this role is executive', () => {
    const v = classify({ title: 'Healthcare Manager', description: 'The post reports to the Chief Operating Officer and the executive team.', company });
    expect(v.evidence.filter((e) => e.side === 'management' && e.field === 'description')).toEqual([]);
  });
  it('the same words outside a reporting line do count', () => {
    expect(cuesFor('You will be a member of the executive team.', 'mgmt.bridging.executives_clinicians')).toHaveLength(1);
  });
});

describe('the title', () => {
  it('the title’s function words are evidence of their side, quoted first', () => {
    const v = classify({ title: 'Medical Records Clerk', company, description: 'You will support the strategy of the team.' });
    expect(v.label).toBe('administration');
    expect(v.evidence[0]!.field).toBe('title');
    expect(v.evidence[0]!.zone).toBe('title');
  });
});
