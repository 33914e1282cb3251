// 'balanced' is about the duties: substantial evidence of both kinds in the description, not a
// title that names both kinds of role. Invented postings.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import { DEFAULT_PARAMS, decide } from '../../../src/classifier/scoring';
import { balancedPosting } from './fixtures';

const band = 0.45;

describe('balanced', () => {
  it('needs both sides in the duties, whatever the title adds', () => {
    const both = { management: 12, administration: 10 };
    expect(decide(both, { management: 8, administration: 7 }, band, DEFAULT_PARAMS).label).toBe('balanced');
    // Same totals, but the administration side is all title: the duties do not show both kinds of work.
    expect(decide(both, { management: 8, administration: 1 }, band, DEFAULT_PARAMS).label).toBe('management');
    expect(decide(both, { management: 0, administration: 0 }, band, DEFAULT_PARAMS).label).toBe('management');
  });

  it('a title naming both kinds of role over thin duties is not balanced', () => {
    const title = 'Practice Administrator (Chief Executive Officer)';
    const thin = classify({
      title,
      company: 'Hillcrest Community Clinic',
      description: 'Duties: You will set the long-term strategy of the clinic network and lead its growth.',
    });
    expect(thin.label).not.toBe('balanced');
    expect(classify({ title, company: 'Hillcrest Community Clinic' }, undefined, { titleOnly: true }).label).not.toBe('balanced');
  });

  it('strategic and day-to-day duties of similar weight are balanced', () => {
    expect(classify(balancedPosting).label).toBe('balanced');
  });
});
