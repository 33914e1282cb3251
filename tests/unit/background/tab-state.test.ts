import { describe, expect, it } from 'vitest';
import { mergeTabState } from '../../../src/background/tab-state';
import type { TabPosting } from '../../../src/messaging/protocol';
import { fakeVerdict } from '../content/fake-site';

const posting = (jobId: string, kind: 'card' | 'detail', label: 'management' | 'administration' = 'management'): TabPosting => ({
  jobId,
  kind,
  posting: { title: `Job ${jobId}` },
  verdict: fakeVerdict(label, kind === 'card' ? 'title' : 'full'),
});

describe('mergeTabState', () => {
  it('keeps one entry per job, first-seen order, detail wins over card', () => {
    let state = mergeTabState(null, { url: 'https://a/1', siteId: 's', results: [posting('1', 'card'), posting('2', 'card')], pageId: 'p' }, 1);
    state = mergeTabState(state, { url: 'https://a/2', siteId: 's', results: [posting('2', 'detail', 'administration')], pageId: 'p' }, 2);
    state = mergeTabState(state, { url: 'https://a/2', siteId: 's', results: [posting('2', 'card'), posting('3', 'card')], pageId: 'p' }, 3);
    expect(state.postings.map((p) => [p.jobId, p.kind])).toEqual([['1', 'card'], ['2', 'detail'], ['3', 'card']]);
    expect(state.detailJobId).toBe('2');
    expect(state.url).toBe('https://a/2');
  });

  it('starts afresh on a new page load but not for a subframe of the same tab', () => {
    const first = mergeTabState(null, { url: 'https://a/1', siteId: 's', results: [posting('1', 'card')], pageId: 'p1' }, 1);
    const frame = mergeTabState(first, { url: 'https://frame/x', siteId: 'icims', results: [posting('9', 'card')], pageId: 'f1', fromSubframe: true }, 2);
    expect(frame.postings.map((p) => p.jobId)).toEqual(['1', '9']);
    expect(frame.url).toBe('https://a/1');
    const reload = mergeTabState(frame, { url: 'https://a/1', siteId: 's', results: [posting('5', 'card')], pageId: 'p2' }, 3);
    expect(reload.postings.map((p) => p.jobId)).toEqual(['5']);
  });

  it('a card with a full verdict read on an earlier page load outranks a title-only card, not the detail', () => {
    const earlier: TabPosting = { ...posting('1', 'card', 'administration'), verdict: fakeVerdict('administration', 'full'), readInFullEarlier: true };
    let state = mergeTabState(null, { url: 'https://a/1', siteId: 's', results: [posting('1', 'card'), posting('2', 'card')], pageId: 'p' }, 1);
    state = mergeTabState(state, { url: 'https://a/1', siteId: 's', results: [earlier], pageId: 'p' }, 2);
    state = mergeTabState(state, { url: 'https://a/1', siteId: 's', results: [posting('1', 'card')], pageId: 'p' }, 3);
    expect(state.postings[0]).toEqual(earlier);
    expect(state.detailJobId).toBeNull();
    state = mergeTabState(state, { url: 'https://a/1', siteId: 's', results: [posting('2', 'detail')], pageId: 'p' }, 4);
    state = mergeTabState(state, { url: 'https://a/1', siteId: 's', results: [{ ...earlier, jobId: '2' }], pageId: 'p' }, 5);
    expect(state.postings.map((p) => [p.jobId, p.kind, p.verdict.mode])).toEqual([['1', 'card', 'full'], ['2', 'detail', 'full']]);
  });
});
