// The verdict ledger: per job (in its scope: job-scope.ts) the strongest verdict this session,
// with the posting signature and the classifier settings it was made with. The one place for
// the rule "a fuller verdict is never replaced by a weaker one" (isReplacedBy), for reusing a
// verdict (same text, same settings) and for lending a job's full verdict to its cards (only
// when their titles agree). Tabs' records hold job ids; the text is kept once, in the entry.
import type { ClassifierSettings, Verdict } from '../classifier/types';
import { compactVerdict } from '../shared/compact-verdict';
import { postingSignature } from '../shared/posting-signature';
import type { PageScan, PageVerdict, ReportedPosting, TabPosting } from '../shared/protocol';
import { entryPosting } from '../shared/tab-view';
import { ledgerKey, type LedgerEntry, type TabRecord } from '../shared/session-items';
import { isValidReport, type ClassifyService } from './classify-service';
import { jobScope } from './job-scope';
import type { LedgerStore } from './ledger-store';
import { titlesAgree } from './same-posting';
import { mergeTabRecord } from './tab-record';

/** Longer descriptions are kept cut (their evidence sentences beyond the cut stay verbatim). */
export const MAX_KEPT_TEXT = 64 * 1024;

export interface PageBatchReport {
  url: string;
  siteId: string | null;
  pageId?: string;
  scan?: PageScan;
  /** The tab the page is in (none: answer only, keep no record). */
  tabId?: number;
  fromSubframe?: boolean;
  reports: readonly unknown[];
}

/** Tells another tab's page about verdicts it should show now (a job read in full elsewhere). */
export type PushVerdicts = (tabId: number, verdicts: PageVerdict[]) => Promise<void>;

/** The strength rule: a verdict made from the full posting is never replaced by a card's. */
export function isReplacedBy(current: LedgerEntry, next: Pick<LedgerEntry, 'kind'>): boolean {
  return !(current.kind === 'detail' && next.kind === 'card');
}

/** A job's verdict as a page receives it: what its badge shows, and the revision that orders it. */
function answerFor(jobId: string, kind: 'card' | 'detail', entry: LedgerEntry, reasons: string[]): PageVerdict {
  const { label, confidence, mode } = entry.verdict;
  const earlier = kind === 'card' && entry.kind === 'detail';
  return { jobId, kind, verdict: { label, confidence, mode, reasons }, rev: entry.rev, ...(earlier ? { readInFullEarlier: true } : {}) };
}

export class Ledger {
  private clock = 0;

  constructor(
    private readonly service: ClassifyService,
    private readonly store: LedgerStore,
    private readonly push: PushVerdicts,
    private readonly now: () => number = Date.now,
  ) {}

  /** Later verdicts get higher revisions, across worker restarts too (it follows the time). */
  private tick(): number {
    this.clock = Math.max(this.now(), this.clock + 1);
    return this.clock;
  }

  private makeEntry(scope: string, report: ReportedPosting, verdict: Verdict, settings: string): LedgerEntry {
    const description = report.posting.description ?? '';
    const cut = description.length > MAX_KEPT_TEXT;
    const posting = cut ? { ...report.posting, description: description.slice(0, MAX_KEPT_TEXT) } : report.posting;
    return {
      scope,
      jobId: report.jobId,
      kind: report.kind,
      posting,
      ...(cut ? { cut: true } : {}),
      verdict: compactVerdict(verdict, posting),
      signature: postingSignature(report),
      settings,
      rev: this.tick(),
    };
  }

  /**
   * One page's batch: a verdict per posting, at once; what is kept (entries, the tab's record) is
   * written after, in the store's queue, and other tabs' cards of jobs read in full here are told.
   */
  async report(page: PageBatchReport): Promise<PageVerdict[]> {
    const { settings, signature } = await this.service.currentSettings();
    const reports = page.reports.filter(isValidReport);
    const scope = jobScope(page.siteId, page.url);
    // Details first: a card of the same job in the same batch then finds it read in full.
    const order = [...reports.filter((r) => r.kind === 'detail'), ...reports.filter((r) => r.kind === 'card')];
    const known = scope ? await this.store.entriesFor(order.map((r) => ledgerKey(scope, r.jobId))) : new Map<string, LedgerEntry>();
    const answers = new Map<ReportedPosting, PageVerdict>();
    const written = new Map<string, LedgerEntry>();
    const upgraded = new Set<string>();
    for (const report of order) {
      const key = scope ? ledgerKey(scope, report.jobId) : null;
      const entry = (key && (written.get(key) ?? known.get(key))) || undefined;
      const next = this.decide(scope ?? '', report, entry, settings, signature);
      if (key && next !== entry) {
        written.set(key, next);
        // Cards elsewhere show this job from its title (the card entry's title, when it agrees)
        // or from an older full verdict: they get the new one.
        if (next.kind === 'detail' && entry && (entry.kind === 'detail' || titlesAgree(entry.posting.title, next.posting.title))) upgraded.add(key);
      }
      answers.set(report, answerFor(report.jobId, report.kind, next, this.service.reasons(next.verdict)));
    }
    if (scope) void this.keep(page, scope, reports, written, upgraded).catch(() => undefined);
    return reports.map((r) => answers.get(r)!);
  }

  /** The entry a job has after this report (the same object when nothing changes). */
  private decide(scope: string, report: ReportedPosting, entry: LedgerEntry | undefined, settings: ClassifierSettings, signature: string): LedgerEntry {
    const fresh = (r: ReportedPosting) => this.makeEntry(scope, r, this.service.classify(r, settings), signature);
    const sig = postingSignature(report);
    if (report.kind === 'detail') {
      return entry?.kind === 'detail' && entry.signature === sig && entry.settings === signature ? entry : fresh(report);
    }
    if (entry?.kind === 'detail' && titlesAgree(report.posting.title, entry.posting.title)) {
      if (entry.settings === signature) return entry;
      // Made with settings that changed since: made again from the text kept (unless it was cut).
      if (!entry.cut) return fresh({ jobId: entry.jobId, kind: 'detail', posting: entry.posting });
    }
    if (entry?.kind === 'card' && entry.signature === sig && entry.settings === signature) return entry;
    // A new card, a card whose text or settings changed, or a job whose title changed since it
    // was read in full (a different posting now): the card's own verdict.
    return fresh(report);
  }

  private async keep(page: PageBatchReport, scope: string, reports: readonly ReportedPosting[], written: ReadonlyMap<string, LedgerEntry>, upgraded: ReadonlySet<string>): Promise<void> {
    const tabs = new Map<number, (previous: TabRecord | null) => TabRecord | null>();
    if (page.tabId !== undefined && page.tabId >= 0) {
      const jobs = reports.map((r) => ({ jobId: r.jobId, key: ledgerKey(scope, r.jobId), kind: r.kind }));
      const batch = { url: page.url, siteId: page.siteId, jobs, ...(page.pageId ? { pageId: page.pageId } : {}), ...(page.fromSubframe ? { fromSubframe: true } : {}), ...(page.scan ? { scan: page.scan } : {}) };
      tabs.set(page.tabId, (previous) => mergeTabRecord(previous, batch, this.now()));
    }
    const used = reports.map((r) => ledgerKey(scope, r.jobId));
    await this.store.commit([...written].map(([key, entry]) => ({ key, entry })), tabs, used);
    if (upgraded.size) await this.shareUpgrades(upgraded, page.tabId);
  }

  /**
   * Jobs just read in full: open tabs (other than the reader) that show them on a card from the
   * title get the full verdict at once, and their records are touched so their popups refresh.
   */
  private async shareUpgrades(keys: ReadonlySet<string>, fromTabId: number | undefined): Promise<void> {
    const entries = await this.store.entriesFor([...keys]);
    const records = await this.store.tabRecords(await this.openTabIds());
    for (const [tabId, record] of records) {
      if (tabId === fromTabId) continue;
      const verdicts = record.jobs
        .filter((j) => keys.has(j.key) && !j.detail && entries.has(j.key))
        .map((j) => answerFor(j.jobId, 'card', entries.get(j.key)!, this.service.reasons(entries.get(j.key)!.verdict)));
      if (!verdicts.length) continue;
      await this.store.commit([], new Map([[tabId, (previous) => (previous ? { ...previous, updatedAt: this.now() } : null)]]));
      await this.push(tabId, verdicts).catch(() => undefined);
    }
  }

  /**
   * One posting as a tab shows it (its text and verdict), once the writes queued so far have
   * landed; null when the tab has no such job or its entry was not kept.
   */
  async tabPosting(tabId: number, jobId: string): Promise<{ record: TabRecord; posting: TabPosting } | null> {
    await this.store.settled();
    const record = (await this.store.tabRecords([tabId])).get(tabId);
    const job = record?.jobs.find((j) => j.jobId === jobId);
    const entry = job && (await this.store.entriesFor([job.key])).get(job.key);
    return record && job && entry ? { record, posting: entryPosting(jobId, entry, job.detail === true && entry.kind === 'detail') } : null;
  }

  /** Every open tab with a record: told to report its postings again (the settings changed). */
  async tabsWithRecords(): Promise<number[]> {
    return [...(await this.store.tabRecords(await this.openTabIds())).keys()];
  }

  /** Overridden by the background with browser.tabs (kept here so the ledger stays testable). */
  openTabIds: () => Promise<number[]> = async () => [];
}
