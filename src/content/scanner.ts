// Reads one page through a site adapter, asks for verdicts in one batch, and keeps exactly one
// badge per job id next to the adapter's anchor. Safe to call any number of times: a re-scan
// never duplicates a badge, and only postings whose text is new are sent for classifying.
import { postingKey } from '../shared/posting-signature';
import type { PagePostings, PageScan, PageVerdict, ReportedPosting } from '../shared/protocol';
import type { DisplaySettings } from '../settings/schema';
import type { DetailPosting, ListingCard, SiteAdapter } from '../sites/types';
import { badgeSelector, createBadge, isBadge, renderBadge } from './badge-element';
import { badgeView } from './badge-view';
import { InsertionBackoff, type BackoffLimits } from './insertion-backoff';
import { TagFilter } from './tag-filter';
import { VerdictCache } from './verdict-cache';

export interface ScannerOptions {
  doc: Document;
  adapter: SiteAdapter;
  display: DisplaySettings;
  /**
   * Classifies a batch (the background does it, so the NLP stays out of the content script).
   * `scan` comes along when what the page shows changed since the last report (it may come with
   * an empty batch: a wall, or a page whose postings are all known).
   */
  classify: (batch: ReportedPosting[], scan?: PageScan) => Promise<PageVerdict[]>;
  /** A badge was clicked or activated with the keyboard. */
  onActivate: (jobId: string) => void;
  /**
   * The badge's save toggle: save (or unsave) the job, with the posting's own address when the page
   * links it. Resolves to what to tell the user. Without it the badge has no save toggle.
   */
  onSave?: (jobId: string, saved: boolean, link: string | null) => Promise<string>;
  onError?: (error: unknown) => void;
  /** A job's badge paused (the page kept removing it): scan again after this many ms. */
  onPause?: (ms: number) => void;
  /** The clock for the insertion back-off (default performance.now) and its limits. */
  now?: () => number;
  backoff?: BackoffLimits;
}

interface Target {
  anchor: Element;
  /** The card's root element (cards only; the tag filter dims or hides it). */
  card?: Element;
  kind: 'card' | 'detail';
}

function cardReport(card: ListingCard): ReportedPosting {
  return {
    jobId: card.jobId,
    kind: 'card',
    posting: { title: card.title, company: card.company, location: card.location, description: card.snippet },
  };
}

function detailReport(detail: DetailPosting): ReportedPosting {
  return {
    jobId: detail.jobId,
    kind: 'detail',
    posting: { title: detail.title, company: detail.company, location: detail.location, description: detail.description },
  };
}

/** Postings per classify message (see send). */
const SEND_BATCH = 400;
/** Reading or render work between two yields to the page (see readCards, render). */
const RENDER_SLICE_MS = 12;
/** Badges rendered in a slice before the clock is looked at. */
const MIN_BADGES_PER_SLICE = 25;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function watchRootsOf(cards: ListingCard[], detail: DetailPosting | null): ReadonlySet<Element> | null {
  const roots = new Set<Element>();
  for (const card of cards) {
    roots.add(card.element);
    // The list: a card still being filled in (no title yet, so not read) sits beside the others.
    if (card.element.parentElement) roots.add(card.element.parentElement);
  }
  if (detail) {
    roots.add(detail.badgeAnchor);
    if (detail.badgeAnchor.parentElement) roots.add(detail.badgeAnchor.parentElement);
    if (detail.descriptionElement) roots.add(detail.descriptionElement);
  }
  return roots.size ? roots : null;
}

export class PageScanner {
  readonly cache = new VerdictCache();
  private readonly badges = new Map<string, HTMLElement>();
  /** Badges this scanner made: a badge left by an older (invalidated) script or cloned by the site is not reused. */
  private readonly owned = new WeakSet<Element>();
  private targets = new Map<string, Target>();
  private readonly inFlight = new Set<string>();
  private readonly tagFilter = new TagFilter();
  private display: DisplaySettings;
  private detail: DetailPosting | null = null;
  private stopped = false;
  /** Job ids on the user's shortlist (for the save toggles). */
  private saved: ReadonlySet<string> = new Set();
  private readonly backoff: InsertionBackoff;
  private roots: ReadonlySet<Element> | null = null;
  private renderToken = 0;
  private scanToken = 0;
  private readonly now: () => number;
  /** What each badge last rendered (a re-scan skips a badge that shows it already). */
  private readonly shownIn = new WeakMap<HTMLElement, { result: PageVerdict; display: DisplaySettings; kind: Target['kind']; saved: boolean }>();
  /** The last scan outcome the background acknowledged ('' = none yet). */
  private reportedScan = '';

  constructor(private readonly options: ScannerOptions) {
    this.display = options.display;
    this.backoff = new InsertionBackoff(options.backoff);
    this.now = options.now ?? (() => performance.now());
  }

  get siteId(): string {
    return this.options.adapter.id;
  }

  /** The posting shown in full at the last scan (for highlighting evidence). */
  currentDetail(): DetailPosting | null {
    return this.detail;
  }

  /** The element to scroll to for a job: its card, else the detail's anchor. */
  elementFor(jobId: string): Element | null {
    const target = this.targets.get(jobId);
    const element = target?.card ?? target?.anchor ?? null;
    return element?.isConnected ? element : null;
  }

  /**
   * resend: report every posting on the page, not only new text (after a back/forward-cache
   * restore a posting may have been read in full since, and the tab's record was replaced).
   */
  async scan(options: { resend?: boolean } = {}): Promise<void> {
    if (this.stopped) return;
    const { doc, adapter } = this.options;
    let url: URL;
    try {
      url = new URL(doc.location.href);
    } catch {
      return;
    }
    // A bot check or login wall: leave the page exactly as it is.
    if (this.attempt(() => adapter.isBlocked(doc), true)) {
      await this.send([], { outcome: 'wall', jobs: 0 });
      return;
    }
    const token = ++this.scanToken;
    const cards = await this.readCards(url);
    // A newer scan started while this one yielded: it reads a newer page.
    if (token !== this.scanToken || this.stopped) return;
    const detail = adapter.detailInSteps
      ? await this.inSlices(() => adapter.detailInSteps!(doc, url), null)
      : this.attempt(() => adapter.findDetail(doc, url), null);
    if (token !== this.scanToken || this.stopped) return;

    const targets = new Map<string, Target>();
    const found: ReportedPosting[] = [];
    for (const card of cards) {
      if (!card.jobId || targets.has(card.jobId)) continue; // a card rendered twice: the first wins
      targets.set(card.jobId, { anchor: card.badgeAnchor, card: card.element, kind: 'card' });
      found.push(cardReport(card));
    }
    if (detail?.jobId) {
      // One badge per job: the detail gets its own only when no card shows the same job.
      if (!targets.has(detail.jobId)) targets.set(detail.jobId, { anchor: detail.badgeAnchor, kind: 'detail' });
      found.push(detailReport(detail));
    }
    this.targets = targets;
    this.detail = detail;
    this.roots = watchRootsOf(cards, detail);
    const rendered = this.render();

    const batch = found.filter((r) => {
      const signature = postingKey(r);
      return (options.resend || this.cache.needs(r, signature)) && !this.inFlight.has(signature);
    });
    await Promise.all([rendered, this.send(batch, { outcome: targets.size ? 'postings' : 'empty', jobs: targets.size }, options.resend)]);
  }

  /** The adapter's cards, read in time slices with yields to the page where the adapter reads in steps. */
  private async readCards(url: URL): Promise<ListingCard[]> {
    const { doc, adapter } = this.options;
    if (!adapter.cardsInSteps) return this.attempt(() => adapter.findCards(doc, url), []);
    return this.inSlices(() => adapter.cardsInSteps!(doc, url), []);
  }

  /** Runs a stepwise reader, yielding to the page every RENDER_SLICE_MS; a throw gives `fallback`. */
  private async inSlices<T>(start: () => Generator<void, T>, fallback: T): Promise<T> {
    const now = this.options.now ?? (() => performance.now());
    let sliceStart = now();
    try {
      const steps = start();
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
        if (now() - sliceStart > RENDER_SLICE_MS) {
          await yieldToPage();
          if (this.stopped) return fallback;
          sliceStart = now();
        }
      }
    } catch (error) {
      this.options.onError?.(error);
      return fallback;
    }
  }

  /**
   * The elements whose text a scan reads: every card, the list holding the cards, and the detail's
   * title and description. A text change outside all of them (a clock, a counter) cannot change
   * what a scan finds (see change-filter.ts). Null until the page showed a posting.
   */
  watchRoots(): ReadonlySet<Element> | null {
    return this.roots;
  }

  /**
   * The posting's own address: the link its badge sits in or after (a card's title link), else a
   * link in its card. Null for a job page's own badge (the page's address is the posting's).
   */
  linkFor(jobId: string): string | null {
    const target = this.targets.get(jobId);
    if (!target || target.kind === 'detail') return null;
    const link =
      target.anchor.closest('a[href]') ??
      target.anchor.querySelector('a[href]') ??
      target.card?.querySelector('a[href]');
    const href = link?.getAttribute('href');
    if (!href) return null;
    try {
      return new URL(href, this.options.doc.baseURI).href;
    } catch {
      return null;
    }
  }

  /** The shortlist changed: the save toggles follow. */
  setSavedJobs(jobIds: ReadonlySet<string>): void {
    this.saved = jobIds;
    this.render().catch((error) => this.options.onError?.(error));
  }

  /** Display settings changed: re-render every badge from the cached verdicts, no re-reading. */
  setDisplay(display: DisplaySettings): void {
    this.display = display;
    this.render().catch((error) => this.options.onError?.(error));
  }

  /** Verdicts the background pushed: of jobs read in full in another tab. */
  applyResults(results: PageVerdict[]): void {
    if (this.stopped) return;
    for (const result of results) this.cache.put(result);
    this.render().catch((error) => this.options.onError?.(error));
  }

  /** What this page reported of the postings it shows, for the popup when the background could not keep it. */
  pagePostings(): PagePostings {
    const postings = [...this.targets.keys()].flatMap((jobId) => this.cache.reportsOf(jobId));
    return { url: this.options.doc.location.href, siteId: this.siteId, detailJobId: this.detail?.jobId ?? null, postings };
  }

  /** Removes every badge and filter this scanner added (site disabled, page left, script invalidated). */
  stop(): void {
    this.stopped = true;
    for (const badge of this.badges.values()) badge.remove();
    this.badges.clear();
    this.tagFilter.clear();
  }

  /**
   * Sends in batches of SEND_BATCH without waiting for the replies: each reply is its own (smaller)
   * task to decode on the page's main thread, and the first badges come before the last batch is
   * classified.
   */
  private async send(batch: ReportedPosting[], scan: PageScan, rescan = false): Promise<void> {
    // The scan goes with the first part when it differs from the last one reported (or `rescan`).
    const scanKey = `${scan.outcome}:${scan.jobs}`;
    const newScan = rescan || scanKey !== this.reportedScan;
    if ((!batch.length && !newScan) || this.stopped) return;
    const sent: Promise<void>[] = [this.sendPart(batch.slice(0, SEND_BATCH), newScan ? { scan, key: scanKey } : undefined)];
    for (let i = SEND_BATCH; i < batch.length; i += SEND_BATCH) {
      // Encoding a message is main-thread work too: one batch per task.
      await yieldToPage();
      if (this.stopped) break;
      sent.push(this.sendPart(batch.slice(i, i + SEND_BATCH)));
    }
    await Promise.all(sent);
  }

  private async sendPart(batch: ReportedPosting[], scan?: { scan: PageScan; key: string }): Promise<void> {
    const keys = batch.map(postingKey);
    keys.forEach((k) => this.inFlight.add(k));
    let answered: string[] = [];
    try {
      const results = await this.options.classify(batch, scan?.scan);
      if (scan) this.reportedScan = scan.key;
      batch.forEach((report, i) => this.cache.markSent(report, keys[i]!));
      for (const result of results ?? []) this.cache.put(result);
      answered = (results ?? []).map((result) => result.jobId);
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      keys.forEach((k) => this.inFlight.delete(k));
    }
    // Only this reply's badges: a 2,000-card page gets several replies, and each full pass costs.
    if (!this.stopped && answered.length) await this.render(answered);
  }

  /**
   * Puts every badge in place. On a big page (2,000 cards) that is several hundred ms of work, so
   * it runs in slices of RENDER_SLICE_MS and yields to the page between them (the page stays
   * responsive; no task of ours over ~50 ms). A small page is done in the first slice, at once.
   * A newer render (a re-scan, new verdicts) takes over from an unfinished one.
   */
  private async render(only?: readonly string[]): Promise<void> {
    // A partial render (the jobs of one reply) does not take over from a full one.
    const token = only ? this.renderToken : ++this.renderToken;
    const targets = this.targets;
    const entries: Iterable<[string, Target]> = only
      ? only.flatMap((jobId) => {
          const target = targets.get(jobId);
          return target ? [[jobId, target] as [string, Target]] : [];
        })
      : targets;
    const now = this.options.now ?? (() => performance.now());
    let sliceStart = now();
    let inSlice = 0;
    for (const [jobId, target] of entries) {
      // A slice always renders a few badges: a small page (or a slow first run of this code on a
      // busy machine) must not wait a task for its first badges.
      if (inSlice >= MIN_BADGES_PER_SLICE && now() - sliceStart > RENDER_SLICE_MS) {
        await yieldToPage();
        if (token !== this.renderToken || targets !== this.targets || this.stopped) return;
        sliceStart = now();
        inSlice = 0;
      }
      inSlice++;
      const result = this.cache.get(jobId);
      if (!result || !target.anchor.isConnected) continue;
      const badge = this.placeBadge(jobId, target.anchor);
      if (!badge) continue;
      if (badge.dataset.place !== target.kind) badge.dataset.place = target.kind;
      // Re-scans render every badge again: skip the ones showing this very verdict, place, display and star.
      const saved = this.saved.has(jobId);
      const shown = this.shownIn.get(badge);
      if (shown?.result === result && shown.display === this.display && shown.kind === target.kind && shown.saved === saved && badge.dataset.jobId === jobId) continue;
      const view = badgeView(result.verdict, this.display, {
        compact: target.kind === 'card',
        saved,
        title: this.cache.reportsOf(jobId)[0]?.posting.title,
      });
      renderBadge(badge, jobId, view);
      this.shownIn.set(badge, { result, display: this.display, kind: target.kind, saved });
    }
    if (token !== this.renderToken || targets !== this.targets || this.stopped) return;
    if (!only) this.removeStrayBadges();
    const labels = new Map<Element, string>();
    for (const [jobId, target] of this.targets) {
      const label = this.cache.get(jobId)?.verdict.label;
      if (target.card && label) labels.set(target.card, label);
    }
    this.tagFilter.apply(labels, this.display.tagFilter);
  }

  /**
   * The one badge for this job, right after the anchor; reuses whatever is already there. Null
   * while the job's badge is paused because the page keeps removing it (insertion-backoff.ts).
   */
  private placeBadge(jobId: string, anchor: Element): HTMLElement | null {
    const next = anchor.nextElementSibling;
    const mine = this.badges.get(jobId);
    if (isBadge(next) && !this.owned.has(next)) next.remove();
    else if (isBadge(next)) {
      // Already here (a re-scan), or the site reused this node for another job.
      const previousId = next.dataset.jobId;
      if (previousId && previousId !== jobId && this.badges.get(previousId) === next) this.badges.delete(previousId);
      if (mine && mine !== next) mine.remove();
      this.badges.set(jobId, next);
      return next;
    }
    const now = this.now();
    if (!this.backoff.allows(jobId, now)) return null;
    const inserted = () => {
      const pause = this.backoff.inserted(jobId, now);
      if (pause) this.options.onPause?.(pause);
    };
    if (mine?.isConnected) {
      anchor.after(mine); // the job's card moved or appeared after its detail: follow it
      inserted();
      return mine;
    }
    const onSave = this.options.onSave;
    const badge = createBadge(
      this.options.doc,
      jobId,
      this.options.onActivate,
      onSave && ((id, saved) => onSave(id, saved, this.linkFor(id))),
    );
    this.owned.add(badge);
    anchor.after(badge);
    this.badges.set(jobId, badge);
    inserted();
    return badge;
  }

  /** Badges of jobs no longer on the page, and copies the site made of our nodes, go away. */
  private removeStrayBadges(): void {
    for (const [jobId, badge] of this.badges) {
      if (!this.targets.has(jobId) || !badge.isConnected) {
        badge.remove();
        this.badges.delete(jobId);
      }
    }
    const ours = new Set(this.badges.values());
    for (const el of this.options.doc.querySelectorAll(badgeSelector(this.options.doc))) {
      if (!ours.has(el as HTMLElement)) el.remove();
    }
  }

  private attempt<T>(read: () => T, fallback: T): T {
    try {
      return read();
    } catch (error) {
      this.options.onError?.(error);
      return fallback;
    }
  }
}
