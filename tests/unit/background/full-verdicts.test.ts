import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifyPageBatch } from '../../../src/background/classify-page';
import { ClassifyService } from '../../../src/background/classify-service';
import { forgetCachedIndex, lookupFullVerdicts, type StoredFullVerdict } from '../../../src/background/full-verdict-store';
import { fullVerdictsToRemember, withEarlierFullVerdicts } from '../../../src/background/full-verdicts';
import { reclassifyOpenTabs } from '../../../src/background/handlers';
import { jobScope } from '../../../src/background/job-scope';
import { readTabState, updateTabState } from '../../../src/background/tab-store';
import type { ClassifierSettings, Posting } from '../../../src/classifier/types';
import type { TabPosting } from '../../../src/messaging/protocol';
import { defaultClassifierSettings } from '../../../src/classifier/settings';
import { fakeVerdict } from '../content/fake-site';

const result = (jobId: string, kind: 'card' | 'detail', label: 'management' | 'administration' = 'management'): TabPosting => ({
  jobId,
  kind,
  posting: { title: `Job ${jobId}`, ...(kind === 'detail' ? { description: 'Full text.' } : {}) },
  verdict: fakeVerdict(label, kind === 'card' ? 'title' : 'full'),
});

/** Titles say the label; a full read of a description containing "budget" says management. */
function service(settings: { current: ClassifierSettings }) {
  const classify = vi.fn((p: Posting, _s?: ClassifierSettings, o?: { titleOnly?: boolean }) =>
    o?.titleOnly
      ? fakeVerdict('administration', 'title')
      : fakeVerdict(p.description?.includes('budget') ? 'management' : 'balanced', 'full'),
  );
  return { classify, svc: new ClassifyService(classify, async () => settings.current, () => undefined) };
}

const card = (jobId: string, title = 'Unit Coordinator') => ({ jobId, kind: 'card' as const, posting: { title } });
const detail = (jobId: string, description = 'Owns the budget and leads the managers.') => ({
  jobId,
  kind: 'detail' as const,
  posting: { title: 'Unit Coordinator', description },
});

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedIndex();
});

describe('merge of page verdicts with stored full verdicts', () => {
  it('remembers only full (detail) verdicts', () => {
    const out = fullVerdictsToRemember('lever', [result('1', 'card'), result('2', 'detail')], 7);
    expect(out.map((e) => [e.scope, e.jobId, e.verdict.mode, e.at])).toEqual([['lever', '2', 'full', 7]]);
  });

  it('gives a card its job’s stored full verdict, marked, and leaves the rest alone', () => {
    const stored: StoredFullVerdict = { scope: 'lever', jobId: '1', posting: { title: 'Job 1', description: 'Full text.' }, verdict: fakeVerdict('balanced', 'full'), criterionNames: { budget: 'Budget' }, at: 1 };
    const [one, two, three] = withEarlierFullVerdicts([result('1', 'card'), result('2', 'card'), result('1', 'detail')], new Map([['1', stored]]));
    expect(one).toEqual({ jobId: '1', kind: 'card', posting: stored.posting, verdict: stored.verdict, criterionNames: { budget: 'Budget' }, readInFullEarlier: true });
    expect(two).toEqual(result('2', 'card'));
    expect(three).toEqual(result('1', 'detail'));
  });

  it('scopes job ids by board, and by host where ids are per employer', () => {
    expect(jobScope('greenhouse', 'https://boards.greenhouse.io/a')).toBe(jobScope('greenhouse', 'https://job-boards.greenhouse.io/a/jobs/1'));
    expect(jobScope('workday', 'https://a.wd1.myworkdayjobs.com/x')).not.toBe(jobScope('workday', 'https://b.wd5.myworkdayjobs.com/x'));
    expect(jobScope('icims', 'https://careers-a.icims.com/jobs/1/job')).toBe('icims@careers-a.icims.com');
    expect(jobScope('some-new-board', 'https://x.example/1')).toBe('some-new-board@x.example');
    expect(jobScope(null, 'https://x.example/1')).toBeNull();
  });
});

describe('classifyPageBatch across page loads', () => {
  const site = { siteId: 'greenhouse', url: 'https://boards.greenhouse.io/acme' };

  it('a card shows the full verdict once its job was read in full on another page load', async () => {
    const { svc } = service({ current: defaultClassifierSettings() });
    const before = await classifyPageBatch(svc, site, [card('1'), card('2')]);
    expect(before.map((r) => [r.jobId, r.verdict.mode, r.verdict.label])).toEqual([['1', 'title', 'administration'], ['2', 'title', 'administration']]);
    await classifyPageBatch(svc, { siteId: 'greenhouse', url: 'https://job-boards.greenhouse.io/acme/jobs/1' }, [detail('1')]);
    const after = await classifyPageBatch(svc, site, [card('1'), card('2')]);
    expect(after.map((r) => [r.jobId, r.kind, r.verdict.mode, r.verdict.label, r.readInFullEarlier ?? false])).toEqual([
      ['1', 'card', 'full', 'management', true],
      ['2', 'card', 'title', 'administration', false],
    ]);
    expect(after[0]?.posting.description).toContain('budget');
  });

  it('never lends a verdict to another board’s job with the same id, or to a page without a site', async () => {
    const { svc } = service({ current: defaultClassifierSettings() });
    await classifyPageBatch(svc, site, [detail('1')]);
    const lever = await classifyPageBatch(svc, { siteId: 'lever', url: 'https://jobs.lever.co/acme' }, [card('1')]);
    const none = await classifyPageBatch(svc, { siteId: null, url: 'https://x.example/' }, [card('1')]);
    expect([lever[0]?.verdict.mode, none[0]?.verdict.mode]).toEqual(['title', 'title']);
  });

  it('shows no verdict made with settings that have changed since', async () => {
    const settings = { current: defaultClassifierSettings() };
    const { svc } = service(settings);
    await classifyPageBatch(svc, site, [detail('1')]);
    settings.current = { ...settings.current, balancedBand: settings.current.balancedBand + 0.1 };
    svc.invalidate();
    const out = await classifyPageBatch(svc, site, [card('1')]);
    expect(out[0]?.verdict.mode).toBe('title');
  });

  it('still answers with the page’s own verdicts when the session area is missing (old Firefox MV2)', async () => {
    const { svc } = service({ current: defaultClassifierSettings() });
    const area = Object.getOwnPropertyDescriptor(fakeBrowser.storage, 'session')!;
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    try {
      await expect(lookupFullVerdicts('s', 'greenhouse', ['1'])).rejects.toThrow(/storage\.session/);
      const out = await classifyPageBatch(svc, site, [card('1'), detail('2')]);
      expect(out.map((r) => [r.jobId, r.verdict.mode])).toEqual([['1', 'title'], ['2', 'full']]);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'session', area);
    }
  });
});

describe('reclassifyOpenTabs with stored full verdicts', () => {
  it('re-makes a card’s earlier full verdict with the new settings and drops the rest', async () => {
    const settings = { current: defaultClassifierSettings() };
    const { svc, classify } = service(settings);
    const site = { siteId: 'greenhouse', url: 'https://boards.greenhouse.io/acme' };
    await classifyPageBatch(svc, site, [detail('1'), detail('9', 'Keeps the schedules.')]);
    const shown = await classifyPageBatch(svc, site, [card('1'), card('2')]);
    await updateTabState(5, () => ({ url: site.url, siteId: 'greenhouse', postings: shown, detailJobId: null, updatedAt: 1, pageId: 'p' }));

    settings.current = { ...settings.current, balancedBand: settings.current.balancedBand + 0.1 };
    svc.invalidate();
    classify.mockClear();
    await reclassifyOpenTabs(svc);

    const state = await readTabState(5);
    expect(state?.postings.map((p) => [p.jobId, p.kind, p.verdict.mode, p.readInFullEarlier ?? false])).toEqual([
      ['1', 'card', 'full', true],
      ['2', 'card', 'title', false],
    ]);
    // Job 1 was read again in full (from the posting the tab holds); job 9, shown nowhere, is gone.
    expect(classify.mock.calls.map((c) => [c[0].title, c[2]?.titleOnly])).toContainEqual(['Unit Coordinator', false]);
    const again = await classifyPageBatch(svc, site, [card('1'), card('9')]);
    expect(again.map((r) => [r.jobId, r.verdict.mode])).toEqual([['1', 'full'], ['9', 'title']]);
  });
});
