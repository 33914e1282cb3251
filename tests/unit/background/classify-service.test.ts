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
  it('classifies cards title-only and details in full, and gives a badge its reasons by criterion name', async () => {
    const { svc, classify } = service();
    const { settings } = await svc.currentSettings();
    const card = svc.classify({ jobId: '1', kind: 'card', posting: { title: 'Manager A' } }, settings);
    const detail = svc.classify({ jobId: '2', kind: 'detail', posting: { title: 'Admin B', description: 'x' } }, settings);
    expect([card.mode, card.label, detail.mode, detail.label]).toEqual(['title', 'management', 'full', 'administration']);
    expect(classify.mock.calls.map((c) => c[2])).toEqual([{ titleOnly: true }, { titleOnly: false }]);
    expect(svc.reasons(card)).toEqual(['“strategy” — Strategy', '“schedules” — Daily operations']);
  });

  it('refuses malformed reports', () => {
    for (const bad of [null, 5, { jobId: '', kind: 'card', posting: { title: 'x' } }, { jobId: '3', kind: 'weird', posting: { title: 'x' } }, { jobId: '4', kind: 'card', posting: {} }, { jobId: '5', kind: 'card', posting: { title: 'x', description: 7 } }]) {
      expect(isValidReport(bad)).toBe(false);
    }
    expect(isValidReport({ jobId: '9', kind: 'card', posting: { title: 'T' } })).toBe(true);
  });

  it('loads the settings once until invalidated, with a signature that changes with them', async () => {
    const { svc, loadSettings } = service();
    const first = await svc.currentSettings();
    await svc.currentSettings();
    expect(loadSettings).toHaveBeenCalledTimes(1);
    loadSettings.mockResolvedValueOnce({ ...defaultClassifierSettings(), balancedBand: 0.2 });
    svc.invalidate();
    const second = await svc.currentSettings();
    expect(loadSettings).toHaveBeenCalledTimes(2);
    expect(second.signature).not.toBe(first.signature);
  });
});
