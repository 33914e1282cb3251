// The verdict ledger: one entry per job and scope with the strongest verdict; reuse by text and
// settings; a job's full verdict lent to its cards only in its scope and when the titles agree
// (issue 11 item 5); tabs that hold job ids; full verdicts pushed to open list tabs.
import { describe, expect, it, vi } from 'vitest';
import { ClassifyService } from '../../../src/background/classify-service';
import { Ledger } from '../../../src/background/ledger';
import { LedgerStore } from '../../../src/background/ledger-store';
import { defaultClassifierSettings } from '../../../src/classifier/settings';
import type { ClassifierSettings, Posting } from '../../../src/classifier/types';
import type { PageVerdict, ReportedPosting } from '../../../src/shared/protocol';
import type { TabRecord } from '../../../src/shared/session-items';
import { fakeVerdict, labelFor } from '../content/fake-site';
import { fakeSessionArea } from './session-area';

function setUp() {
  const classify = vi.fn((posting: Posting, _s?: ClassifierSettings, options?: { titleOnly?: boolean }) =>
    fakeVerdict(labelFor(posting.title), options?.titleOnly ? 'title' : 'full'),
  );
  let settings = defaultClassifierSettings();
  const service = new ClassifyService(classify, async () => settings, (id) => id);
  const area = fakeSessionArea();
  const store = new LedgerStore(area);
  const pushed: [number, PageVerdict[]][] = [];
  let clock = 1_000;
  const ledger = new Ledger(service, store, async (tabId, verdicts) => void pushed.push([tabId, verdicts]), () => clock++);
  ledger.openTabIds = async () => [1, 2, 3];
  return {
    ledger,
    store,
    area,
    classify,
    pushed,
    changeSettings(next: ClassifierSettings) {
      settings = next;
      service.invalidate();
    },
  };
}

const card = (jobId: string, title: string): ReportedPosting => ({ jobId, kind: 'card', posting: { title } });
const detail = (jobId: string, title: string, description = 'Leads the strategy.'): ReportedPosting => ({ jobId, kind: 'detail', posting: { title, description } });
const ACME = 'https://job-boards.greenhouse.io/acme';
const report = (url: string, reports: ReportedPosting[], tabId = 1, pageId = `p-${tabId}-${url}`) => ({ url, siteId: 'greenhouse', reports, tabId, pageId });

describe('Ledger', () => {
  it('lends a job read in full to its card on another page load, and keeps the full verdict', async () => {
    const { ledger, store, classify } = setUp();
    await ledger.report(report(`${ACME}/jobs/42`, [detail('42', 'Manager of Clinics')]));
    const [onCard] = await ledger.report(report(ACME, [card('42', 'Manager of Clinics')], 2));
    expect(onCard).toMatchObject({ kind: 'card', readInFullEarlier: true, verdict: { mode: 'full', label: 'management' } });
    expect(classify).toHaveBeenCalledTimes(1);
    // A card of the job reported again never replaces what was read in full.
    await ledger.report(report(ACME, [card('42', 'Manager of Clinics')], 3));
    await store.settled();
    const [entry] = (await store.entriesFor(['greenhouse%40greenhouse.io%2Facme|42'])).values();
    expect(entry?.kind).toBe('detail');
  });

  it('reuses a verdict made from the same text with the same settings, and re-makes it when the settings change', async () => {
    const { ledger, classify, changeSettings } = setUp();
    await ledger.report(report(ACME, [card('1', 'Manager A'), card('2', 'Admin B')]));
    await ledger.report(report(ACME, [card('1', 'Manager A'), card('2', 'Admin B')], 2));
    expect(classify).toHaveBeenCalledTimes(2);
    changeSettings({ ...defaultClassifierSettings(), balancedBand: 0.2 });
    await ledger.report(report(ACME, [card('1', 'Manager A')], 3));
    expect(classify).toHaveBeenCalledTimes(3);
  });

  it('scopes a job id by host and board: another company’s page cannot set a card’s verdict (issue 11 item 5)', async () => {
    const { ledger } = setUp();
    // A page on Greenhouse, under another company's board, with the same job id and another title.
    await ledger.report(report('https://job-boards.greenhouse.io/evilco/jobs/4242', [detail('4242', 'Admin Receptionist')]));
    const [acme] = await ledger.report(report('https://boards.greenhouse.io/acme', [card('4242', 'Manager, Chief Executive Officer')], 2));
    expect(acme).toMatchObject({ verdict: { mode: 'title', label: 'management' } });
    expect(acme?.readInFullEarlier).toBeUndefined();
  });

  it('lends a full verdict to a card only when their titles agree', async () => {
    const { ledger } = setUp();
    await ledger.report(report(`${ACME}/jobs/7`, [detail('7', 'Admin Medical Receptionist')]));
    const [other] = await ledger.report(report(ACME, [card('7', 'Manager Chief Executive Officer')], 2));
    expect(other).toMatchObject({ verdict: { mode: 'title', label: 'management' } });
    await ledger.report(report(`${ACME}/jobs/9`, [detail('9', 'Manager of Clinics, Boise ID')]));
    const [shortened] = await ledger.report(report(ACME, [card('9', 'Manager of Clinics')], 3));
    expect(shortened?.readInFullEarlier).toBe(true);
  });

  it('keeps the tab’s record as job ids (no posting text), first seen first, afresh on a new page load', async () => {
    const { ledger, store } = setUp();
    await ledger.report(report(ACME, [card('1', 'Manager A'), card('2', 'Admin B')], 1, 'load-1'));
    await ledger.report(report(ACME, [card('2', 'Admin B'), card('3', 'Admin C')], 1, 'load-1'));
    await store.settled();
    const record = (await store.tabRecords([1])).get(1)!;
    expect(record.jobs.map((j) => j.jobId)).toEqual(['1', '2', '3']);
    expect(JSON.stringify(record)).not.toMatch(/Manager A|Admin B/);
    await ledger.report(report(ACME, [card('5', 'Admin E')], 1, 'load-2'));
    await store.settled();
    expect((await store.tabRecords([1])).get(1)!.jobs.map((j) => j.jobId)).toEqual(['5']);
  });

  it('tells an open list tab at once when one of its cards is read in full in another tab', async () => {
    const { ledger, store, pushed } = setUp();
    await ledger.report(report(ACME, [card('1', 'Manager A'), card('2', 'Admin B')], 1));
    await store.settled();
    const before = (await store.tabRecords([1])).get(1)!.updatedAt;
    await ledger.report(report(`${ACME}/jobs/2`, [detail('2', 'Admin B')], 2));
    await vi.waitFor(() => expect(pushed.map(([tab, v]) => [tab, v.map((x) => [x.jobId, x.readInFullEarlier, x.verdict.mode])])).toEqual([[1, [['2', true, 'full']]]]));
    await store.settled();
    // The list tab's record is touched, so a popup watching it shows the full verdict.
    expect((await store.tabRecords([1])).get(1)!.updatedAt).toBeGreaterThan(before);
  });

  it('gives later verdicts of a job higher revisions, so a page keeps the newest', async () => {
    const { ledger } = setUp();
    const [first] = await ledger.report(report(ACME, [card('1', 'Manager A')]));
    const [second] = await ledger.report(report(`${ACME}/jobs/1`, [detail('1', 'Manager A')], 2));
    expect(second!.rev).toBeGreaterThan(first!.rev);
  });

  it('answers the page before its record is written, and records the scan', async () => {
    const { ledger, store, area } = setUp();
    const answers = await ledger.report({ ...report(ACME, [card('1', 'Manager A')]), scan: { outcome: 'postings', jobs: 1 } });
    expect(answers).toHaveLength(1);
    await store.settled();
    const record = JSON.parse(area.data.get('tab:1')!) as TabRecord;
    expect(record.scan).toMatchObject({ outcome: 'postings', jobs: 1, url: ACME });
  });
});
