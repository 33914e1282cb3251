// Not applicable: clinical roles, IT system/database administrators and non-healthcare jobs.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier/index';
import { databaseAdminPosting, nonHealthcarePosting, nursePosting } from './fixtures';

describe('relevance', () => {
  it.each([
    ['a nurse on an admissions unit', nursePosting, /clinical/i],
    ['a database administrator at a hospital', databaseAdminPosting, /IT or engineering/i],
    ['a compliance director at a financial firm', nonHealthcarePosting, /outside healthcare/i],
  ])('%s is not applicable, with the reason', (_name, posting, reason) => {
    const v = classify(posting);
    expect(v.label).toBe('not_applicable');
    expect(v.relevance.relevant).toBe(false);
    expect(v.relevance.reason).toMatch(reason);
  });
  it.each(['Systems Administrator', 'Medical Assistant', 'Physiotherapist', 'Senior Software Engineer', 'Consultant Psychiatrist'])(
    'title-only "%s" is not applicable',
    (title) => {
      expect(classify({ title, company: 'Example Health Clinic' }, undefined, { titleOnly: true }).label).toBe('not_applicable');
    },
  );
  it.each(['Nurse Manager', 'GP Practice Manager', 'Medical Secretary', 'Director of IT', 'Medical Support Assistant'])(
    '"%s" is a management/administration role despite its clinical or IT word',
    (title) => {
      const v = classify({ title, company: 'Example Health Clinic' }, undefined, { titleOnly: true });
      expect(v.relevance.relevant).toBe(true);
      expect(v.label).not.toBe('not_applicable');
    },
  );
  it('a posting with a healthcare setting and management duties is relevant', () => {
    const v = classify({ title: 'Operations Director', company: 'Example Hospital', description: 'Lead operations strategy for the hospital and its patients.' });
    expect(v.relevance).toEqual({ relevant: true, reason: expect.any(String) });
  });
});
