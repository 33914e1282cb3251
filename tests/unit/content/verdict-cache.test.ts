import { describe, expect, it } from 'vitest';
import { VerdictCache } from '../../../src/content/verdict-cache';
import { postingSignature } from '../../../src/messaging/posting-signature';
import type { ReportedPosting, TabPosting } from '../../../src/messaging/protocol';
import { fakeVerdict } from './fake-site';

const card: ReportedPosting = { jobId: '1', kind: 'card', posting: { title: 'Practice Manager' } };
const titleOnly: TabPosting = { ...card, verdict: fakeVerdict('administration', 'title') };
/** What the background answers for a card whose posting was read in full on another page load. */
const earlier: TabPosting = {
  jobId: '1',
  kind: 'card',
  posting: { title: 'Practice Manager', description: 'Owns the budget.' },
  verdict: fakeVerdict('management', 'full'),
  readInFullEarlier: true,
};

describe('VerdictCache with full verdicts from earlier page loads', () => {
  it('replaces a title-only verdict and is never displaced by one', () => {
    const cache = new VerdictCache();
    cache.put(titleOnly);
    cache.put(earlier);
    cache.put(titleOnly);
    expect(cache.get('1')).toBe(earlier);
  });

  it('does not send the card again although its text differs from the full posting', () => {
    const cache = new VerdictCache();
    cache.put(earlier);
    expect(cache.needs(card, postingSignature)).toBe(false);
    expect(cache.needs({ ...card, posting: { title: 'Practice Manager (edited)' } }, postingSignature)).toBe(false);
  });

  it('still reads this page’s detail of the job, which then wins', () => {
    const cache = new VerdictCache();
    cache.put(earlier);
    const detail: ReportedPosting = { jobId: '1', kind: 'detail', posting: earlier.posting };
    expect(cache.needs(detail, postingSignature)).toBe(true);
    const read: TabPosting = { ...detail, verdict: fakeVerdict('management', 'full') };
    cache.put(read);
    cache.put(earlier);
    expect(cache.get('1')).toBe(read);
  });
});
