// Stored and imported shortlists are validated field by field; each issue says where it is.
import { describe, expect, it } from 'vitest';
import { SHORTLIST_MAX } from '../../../src/shortlist/limits';
import { validateShortlist } from '../../../src/shortlist/schema';
import { administrationJob, managementJob } from './jobs';

describe('validateShortlist', () => {
  it('accepts a valid shortlist unchanged, and fills what older files may lack', () => {
    const jobs = [managementJob(), administrationJob()];
    expect(validateShortlist({ jobs })).toEqual({ ok: true, value: { jobs } });
    const { scope: _scope, notes: _notes, ...trimmed } = jobs[0]!;
    const checked = validateShortlist({ jobs: [trimmed] });
    expect(checked.ok && checked.value.jobs[0]).toMatchObject({ scope: 'unknown', notes: '' });
  });

  it.each([
    ['not an object', 'nonsense', /shortlist: must be an object/],
    ['jobs not a list', { jobs: 3 }, /shortlist.jobs: must be a list/],
    ['a bad tag', { jobs: [{ ...managementJob(), label: 'boss' }] }, /jobs\[0\]\.label: must be one of/],
    ['confidence out of range', { jobs: [{ ...managementJob(), confidence: 3 }] }, /jobs\[0\]\.confidence: must be between 0 and 1/],
    ['a script link', { jobs: [{ ...managementJob(), link: 'javascript:alert(1)' }] }, /jobs\[0\]\.link: must be an http/],
    ['a bad date', { jobs: [{ ...managementJob(), savedAt: 'yesterday' }] }, /savedAt: must be a date/],
    ['a note too long', { jobs: [{ ...managementJob(), notes: 'x'.repeat(5000) }] }, /notes: must be at most 2000/],
    ['the same job twice', { jobs: [managementJob(), managementJob()] }, /jobs\[1\]: .* is saved twice/],
    ['an unknown scope', { jobs: [{ ...managementJob(), scope: 'galaxy' }] }, /jobs\[0\]\.scope: must be one of/],
  ])('refuses %s', (_what, raw, message) => {
    const checked = validateShortlist(raw);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toMatch(message);
  });

  it(`refuses more than ${SHORTLIST_MAX} jobs`, () => {
    const jobs = Array.from({ length: SHORTLIST_MAX + 1 }, (_, i) => managementJob(`M${i}`));
    const checked = validateShortlist({ jobs });
    expect(checked.ok).toBe(false);
    expect(validateShortlist({ jobs: jobs.slice(1) }).ok).toBe(true);
  });
});
