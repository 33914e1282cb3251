// Building a saved job from a posting and its verdict: what is kept, what is refused, and the
// verdict's scope read defensively until the classifier sets it.
import { describe, expect, it } from 'vitest';
import { safeLink } from '../../../src/shortlist/key';
import { readScope } from '../../../src/shortlist/scope';
import { validateShortlist } from '../../../src/shortlist/schema';
import { managementPosting, managementVerdict } from '../popup/verdict-fixtures';
import { jobFrom, managementJob, namingJob } from './jobs';

describe('savedJobFrom', () => {
  it('keeps the posting, the verdict summary, the top quotes and the training suggested', () => {
    const job = managementJob();
    expect(job).toMatchObject({
      title: managementPosting.title,
      employer: managementPosting.company,
      board: 'workday',
      label: 'management',
      lean: managementVerdict.lean,
      confidence: managementVerdict.confidence,
      seniority: 'senior',
      mode: 'full',
      notes: '',
      savedAt: '2026-12-01T10:00:00.000Z',
    });
    // The three strongest quotes for the verdict, each a verbatim sentence of the posting.
    expect(job.quotes.map((q) => q.cue)).toEqual(['Director of Strategy', 'strategic planning', 'annual operating budget']);
    for (const q of job.quotes) expect(`${managementPosting.title}\n${managementPosting.description}`).toContain(q.sentence);
    expect(job.quotes[1]!.criterion).toBe('Strategy and long-term planning');
    expect(job.training.length).toBeGreaterThan(0);
    expect(validateShortlist({ jobs: [job] }).ok).toBe(true);
  });

  it('keeps the sentences that name training, and marks what the posting names', () => {
    const job = namingJob();
    expect(job.trainingSentences).toEqual([
      'A Master of Health Administration (MHA) is preferred.',
      'FACHE certification is required within two years.',
    ]);
    expect(job.training.find((t) => t.id === 'fache')?.named).toBe('required');
    expect(job.training.find((t) => t.id === 'mha')?.named).toBe('preferred');
  });

  it.each([
    ['https://example.org/job/1', 'https://example.org/job/1'],
    ['http://example.org/job/1', 'http://example.org/job/1'],
    ['javascript:alert(1)', ''],
    ['data:text/html,hi', ''],
    ['not a url', ''],
    [`https://example.org/${'x'.repeat(3000)}`, ''],
  ])('keeps the link %s as %j', (link, kept) => {
    expect(safeLink(link)).toBe(kept);
  });

  it.each([
    [{}, 'unknown'],
    [{ scope: 'department' }, 'department'],
    [{ scope: 'organisation' }, 'organisation'],
    [{ scope: 'galaxy' }, 'unknown'],
    [{ scope: 42 }, 'unknown'],
  ])('reads the verdict scope %j as %s (a verdict without one, e.g. from an older build, is unknown)', (extra, scope) => {
    const { scope: _shipped, ...withoutScope } = managementVerdict;
    expect(readScope({ ...withoutScope, ...extra })).toBe(scope);
    expect(jobFrom(managementPosting, { ...withoutScope, ...extra } as typeof managementVerdict, 'S').scope).toBe(scope);
  });
});
