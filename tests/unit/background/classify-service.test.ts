import { describe, expect, it, vi } from 'vitest';
import { ClassifyService, isValidReport } from '../../../src/background/classify-service';
import { defaultClassifierSettings } from '../../../src/classifier/settings';
import { fakeVerdict } from '../content/fake-site';

function service() {
  const classify = vi.fn((posting: { title: string }, _s?: unknown, options?: { titleOnly?: boolean }) =>
    fakeVerdict(posting.title.startsWith('Manager') ? 'management' : 'administration', options?.titleOnly ? 'title' : 'full'),
  );
  const loadSettings = vi.fn(async () => defaultClassifierSettings());
  return { classify, loadSettings, svc: new ClassifyService(classify, loadSettings, (id) => (id === 'strategic_planning' ? 'Strategy' : undefined)) };
}

describe('ClassifyService', () => {
  it('classifies cards title-only and details in full, with criterion names', async () => {
    const { svc, classify } = service();
    const out = await svc.classifyReports([
      { jobId: '1', kind: 'card', posting: { title: 'Manager A' } },
      { jobId: '2', kind: 'detail', posting: { title: 'Admin B', description: 'x' } },
    ]);
    expect(out.map((r) => [r.jobId, r.verdict.mode, r.verdict.label])).toEqual([['1', 'title', 'management'], ['2', 'full', 'administration']]);
    expect(classify.mock.calls.map((c) => c[2])).toEqual([{ titleOnly: true }, { titleOnly: false }]);
    expect(out[0]?.criterionNames).toEqual({ strategic_planning: 'Strategy' });
  });

  it('skips malformed reports instead of throwing', async () => {
    const { svc } = service();
    const out = await svc.classifyReports([null, 5, { jobId: '', kind: 'card', posting: { title: 'x' } }, { jobId: '3', kind: 'weird', posting: { title: 'x' } }, { jobId: '4', kind: 'card', posting: {} }]);
    expect(out).toEqual([]);
    expect(isValidReport({ jobId: '9', kind: 'card', posting: { title: 'T' } })).toBe(true);
  });

  it('memoises per posting text until invalidated, and reloads settings then', async () => {
    const { svc, classify, loadSettings } = service();
    const report = { jobId: '1', kind: 'card' as const, posting: { title: 'Manager A' } };
    await svc.classifyReports([report]);
    await svc.classifyReports([report]);
    expect(classify).toHaveBeenCalledTimes(1);
    expect(loadSettings).toHaveBeenCalledTimes(1);
    svc.invalidate();
    await svc.classifyReports([report]);
    expect(classify).toHaveBeenCalledTimes(2);
    expect(loadSettings).toHaveBeenCalledTimes(2);
  });
});
