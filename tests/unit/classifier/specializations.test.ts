// Specialisations need real evidence: the title naming the specialism, or more than one cue of it in
// the posting's own text. Invented postings.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';

describe('specializations', () => {
  it('a single stray cue in an executive posting is not a specialism', () => {
    const v = classify({
      title: 'Executive Director',
      company: 'Hillcrest Health Partners',
      description:
        'What you will do: Set the strategic direction of the organisation with the senior leadership team. ' +
        'Build partnerships with payers, universities and community groups. ' +
        'Represent the organisation to elected officials.',
    });
    expect(v.label).toBe('management');
    expect(v.evidence.some((e) => e.criterionId === 'admin.tasks.billing_coding')).toBe(true);
    expect(v.specializations).not.toContain('billing_coding');
  });

  it('the employer describing itself is not the role’s specialism', () => {
    const v = classify({
      title: 'Operations Manager',
      company: 'Hillcrest Health Partners',
      description:
        'About us: We are a leading provider of billing and coding services to rural hospitals. ' +
        'Duties: You will run the day-to-day operations of the office and keep it running smoothly.',
    });
    expect(v.specializations).not.toContain('billing_coding');
    expect(v.specializations).toContain('operations');
  });

  it('duties with several cues of one specialism name it', () => {
    const v = classify({
      title: 'Practice Manager',
      company: 'Hillcrest Family Practice',
      description: 'Duties: You will oversee billing, follow up insurance claims and resolve denials.',
    });
    expect(v.specializations[0]).toBe('billing_coding');
  });

  it('a title that names the specialism is enough on its own', () => {
    const v = classify({ title: 'Medical Billing Specialist', company: 'Hillcrest Family Practice' }, undefined, { titleOnly: true });
    expect(v.specializations).toEqual(['billing_coding']);
  });
});
