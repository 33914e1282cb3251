// Issue 11 item 2: the session store must not fill up and then fail silently. Verdicts are kept
// compact (sentences as offsets into the text kept once, a few pieces of evidence per criterion),
// the budget is in bytes as the browser counts them (here 3 per character), the least recently
// used entries go first, a refused write evicts and retries, and what still cannot be kept is
// named in the tab's record so the popup can ask the page or say why.
import { describe, expect, it } from 'vitest';
import { ClassifyService } from '../../../src/background/classify-service';
import { Ledger } from '../../../src/background/ledger';
import { LedgerStore } from '../../../src/background/ledger-store';
import { classify } from '../../../src/classifier/index';
import { defaultClassifierSettings } from '../../../src/classifier/settings';
import type { ReportedPosting } from '../../../src/shared/protocol';
import type { LedgerEntry, TabRecord } from '../../../src/shared/session-items';
import { tabView } from '../../../src/shared/tab-view';
import { fakeSessionArea } from './session-area';

const MB = 1024 * 1024;
const para =
  'You will lead the strategic planning process and oversee the annual operating budget. ' +
  'Manage day-to-day operations of the billing office, scheduling and patient registration. ';

function ledgerOver(area: ReturnType<typeof fakeSessionArea>, limits?: { budgetBytes: number; maxEntries: number }) {
  const service = new ClassifyService(classify, async () => defaultClassifierSettings(), (id) => id);
  const store = new LedgerStore(area, limits);
  const ledger = new Ledger(service, store, async () => undefined);
  return { ledger, store };
}

async function viewOf(area: ReturnType<typeof fakeSessionArea>, tabId: number) {
  const record = JSON.parse(area.data.get(`tab:${tabId}`)!) as TabRecord;
  const entries = new Map<string, LedgerEntry>();
  for (const job of record.jobs) {
    const raw = area.data.get(`job:${job.key}`);
    if (raw) entries.set(job.key, JSON.parse(raw) as LedgerEntry);
  }
  return { record, view: tabView(record, entries) };
}

describe('the ledger in a byte budget', () => {
  it('keeps a 0.25 MB posting compact: its text cut and kept once, evidence capped per criterion', async () => {
    const area = fakeSessionArea({ quotaBytes: 10 * MB, bytesPerChar: 3 });
    const { ledger, store } = ledgerOver(area);
    const description = para.repeat(Math.ceil(250_000 / para.length));
    const full = classify({ title: 'Director of Operations', description });
    await ledger.report({ url: 'https://job-boards.greenhouse.io/acme/jobs/1', siteId: 'greenhouse', tabId: 1, pageId: 'p', reports: [{ jobId: '1', kind: 'detail', posting: { title: 'Director of Operations', description } }] });
    await store.settled();
    expect(area.refusals()).toBe(0);
    const stored = area.data.get(`job:${encodeURIComponent('greenhouse@greenhouse.io/acme')}|1`)!;
    // The text once (cut at 64 K characters) and a capped verdict: a fraction of the posting (the
    // tab's record of a posting this size once held 9 M characters).
    expect(stored.length).toBeLessThan(100_000);
    const { view } = await viewOf(area, 1);
    const shown = view.postings[0]!;
    const perCriterion = new Map<string, number>();
    for (const e of shown.verdict.evidence) perCriterion.set(e.criterionId, (perCriterion.get(e.criterionId) ?? 0) + 1);
    expect(Math.max(...perCriterion.values())).toBeLessThanOrEqual(6);
    // Every quote is verbatim text of the posting, and what was left out is counted.
    for (const e of shown.verdict.evidence) expect(e.field === 'title' ? 'Director of Operations' : description).toContain(e.sentence);
    expect(shown.verdict.label).toBe(full.label);
  });

  it('a realistic day: 420 postings read and ten 100-card tabs, every tab record written within the quota', async () => {
    const area = fakeSessionArea({ quotaBytes: 10 * MB, bytesPerChar: 3.6 });
    const { ledger, store } = ledgerOver(area);
    const posting = (i: number): ReportedPosting => ({
      jobId: `job-${i}`,
      kind: 'detail',
      posting: { title: `Practice Manager ${i}`, company: 'Riverside Health', description: `${para.repeat(40)} Posting ${i}.` },
    });
    for (let i = 0; i < 420; i++) {
      await ledger.report({ url: `https://job-boards.greenhouse.io/acme/jobs/job-${i}`, siteId: 'greenhouse', tabId: 100 + (i % 5), pageId: `read-${i}`, reports: [posting(i)] });
    }
    for (let tab = 0; tab < 10; tab++) {
      const cards = Array.from({ length: 100 }, (_, j): ReportedPosting => ({ jobId: `list-${tab}-${j}`, kind: 'card', posting: { title: `Clinic Administrator ${tab}-${j}` } }));
      await ledger.report({ url: `https://job-boards.greenhouse.io/acme?page=${tab}`, siteId: 'greenhouse', tabId: tab + 1, pageId: `list-${tab}`, reports: cards });
    }
    await store.settled();
    expect(area.used()).toBeLessThanOrEqual(10 * MB);
    for (let tab = 1; tab <= 10; tab++) {
      const { view, record } = await viewOf(area, tab);
      expect(record.jobs).toHaveLength(100);
      // The newest tabs keep every card; an old one may have lost some to eviction, and says so.
      if (view.missing.length) expect(view.postings.length + view.missing.length).toBe(100);
      else expect(view.postings).toHaveLength(100);
    }
    expect((await viewOf(area, 10)).view.missing).toEqual([]);
  });

  it('when the area refuses a write, evicts the least recently used and tries again', async () => {
    // The browser counts 3 bytes a character but says nothing of it (no getBytesInUse): only the refusal tells.
    const area = fakeSessionArea({ quotaBytes: 600_000, bytesPerChar: 3, countBytes: false });
    const { ledger, store } = ledgerOver(area, { budgetBytes: 10 * MB, maxEntries: 2000 });
    for (let i = 0; i < 30; i++) {
      await ledger.report({ url: `https://jobs.lever.co/acme/${i}`, siteId: 'lever', tabId: 1, pageId: 'p', reports: [{ jobId: `${i}`, kind: 'detail', posting: { title: `Practice Manager ${i}`, description: para.repeat(30) } }] });
    }
    await store.settled();
    expect(area.refusals()).toBeGreaterThan(0);
    const { view } = await viewOf(area, 1);
    // The newest posting is kept; room was made from the oldest.
    expect(view.postings.map((p) => p.jobId)).toContain('29');
    expect(view.missing).toContain('0');
  });

  it('when even that fails, the tab record says what was not kept and why (the popup then asks the page)', async () => {
    const area = fakeSessionArea({ quotaBytes: 40_000, bytesPerChar: 3, countBytes: false });
    const { ledger, store } = ledgerOver(area);
    const description = para.repeat(60); // one entry alone is over the quota
    const answers = await ledger.report({ url: 'https://jobs.lever.co/acme/1', siteId: 'lever', tabId: 1, pageId: 'p', reports: [{ jobId: '1', kind: 'detail', posting: { title: 'Practice Manager', description } }] });
    expect(answers[0]?.verdict.mode).toBe('full'); // the page still gets its verdict
    await store.settled();
    const { record, view } = await viewOf(area, 1);
    expect(view.missing).toEqual(['1']);
    expect(record.notKept?.reason).toMatch(/full/);
  });

  it('keeps at most maxEntries entries, dropping the least recently used (a job seen again is used again)', async () => {
    const area = fakeSessionArea();
    const { ledger, store } = ledgerOver(area, { budgetBytes: 10 * MB, maxEntries: 5 });
    const cardOf = (i: number): ReportedPosting => ({ jobId: `${i}`, kind: 'card', posting: { title: `Clinic Administrator ${i}` } });
    for (let i = 0; i < 5; i++) await ledger.report({ url: 'https://jobs.lever.co/acme', siteId: 'lever', tabId: 1, pageId: 'p', reports: [cardOf(i)] });
    await ledger.report({ url: 'https://jobs.lever.co/acme', siteId: 'lever', tabId: 2, pageId: 'q', reports: [cardOf(0)] }); // 0 is used again
    for (let i = 5; i < 8; i++) await ledger.report({ url: 'https://jobs.lever.co/acme', siteId: 'lever', tabId: 1, pageId: 'p', reports: [cardOf(i)] });
    await store.settled();
    const kept = [...area.data.keys()].filter((k) => k.startsWith('job:')).map((k) => k.split('|')[1]).sort();
    expect(kept).toEqual(['0', '5', '6', '7', '4'].sort());
  });
});
