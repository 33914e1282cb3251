// The page keeps the background's latest verdict per job (highest revision: an answer that comes
// late never replaces a newer one) and re-sends a posting only when its text changed.
import { describe, expect, it } from 'vitest';
import { VerdictCache } from '../../../src/content/verdict-cache';
import { postingKey } from '../../../src/shared/posting-signature';
import type { PageVerdict, ReportedPosting } from '../../../src/shared/protocol';
import { fakeBadgeVerdict } from './fake-site';

const card: ReportedPosting = { jobId: '1', kind: 'card', posting: { title: 'Practice Manager' } };
const titleOnly: PageVerdict = { jobId: '1', kind: 'card', verdict: fakeBadgeVerdict('administration', 'title'), rev: 5 };
/** The background's answer once the job was read in full (on another page load, say): a later revision. */
const earlier: PageVerdict = { jobId: '1', kind: 'card', verdict: fakeBadgeVerdict('management', 'full'), readInFullEarlier: true, rev: 9 };

describe('VerdictCache', () => {
  it('keeps the verdict of the highest revision, whatever order the answers come in', () => {
    const cache = new VerdictCache();
    cache.put(titleOnly);
    cache.put(earlier);
    cache.put(titleOnly); // a late answer to an earlier batch
    expect(cache.get('1')).toBe(earlier);
  });

  it('sends a posting again only when its text changed since it was sent', () => {
    const cache = new VerdictCache();
    expect(cache.needs(card, postingKey(card))).toBe(true);
    cache.markSent(card, postingKey(card));
    expect(cache.needs(card, postingKey(card))).toBe(false);
    const edited = { ...card, posting: { title: 'Practice Manager (edited)' } };
    expect(cache.needs(edited, postingKey(edited))).toBe(true);
    // The same job shown in full is a report of its own.
    const detail: ReportedPosting = { jobId: '1', kind: 'detail', posting: { title: 'Practice Manager', description: 'Owns the budget.' } };
    expect(cache.needs(detail, postingKey(detail))).toBe(true);
    cache.markSent(detail, postingKey(detail));
    expect(cache.reportsOf('1')).toEqual([detail, card]);
  });
});
