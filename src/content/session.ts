// One content-script run on one page: pick the site's adapter, scan now and on every (debounced)
// change, follow settings live, answer the popup, and stop cleanly when the extension is
// reloaded or updated (ctx invalidated): observer off, listeners off, badges and filters removed.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from '#imports';
import { onMessage, sendMessage } from '../shared/protocol';
import { defaultSettings, type Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/store';
import { savedKeyPrefix, savedKeysIn, SHORTLIST_STORAGE_KEY } from '../shortlist/key';
import { leaveRepairsToExtensionPages } from '../storage/stored-item';
import { adapterForUrl } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import type { Timers } from './debounce';
import { ChangeFilter } from './change-filter';
import { clearHighlight, flashElement, highlightEvidence } from './highlight';
import { watchPage } from './page-watcher';
import { PageScanner } from './scanner';
import { guardScriptStartedEvent } from './start-guard';

/** The adapter for this page, and whether the user left its board turned on. */
function pageAdapter(url: string, settings: Settings): { adapter: SiteAdapter; on: boolean } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const adapter = adapterForUrl(parsed, { anyJobPostingPage: settings.sites.anyJobPostingPage });
  return adapter ? { adapter, on: settings.sites.enabled[adapter.id] !== false } : null;
}

function enabledAdapter(url: string, settings: Settings): SiteAdapter | null {
  const found = pageAdapter(url, settings);
  return found?.on ? found.adapter : null;
}

/**
 * True once the extension that injected us was reloaded, updated or removed. Checked on the raw
 * `chrome` object: through the polyfill, reading runtime.id of a dead context can throw before
 * WXT's ctx notices, and then nothing would clean up.
 */
function extensionGone(): boolean {
  try {
    const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
    return !runtime?.id;
  } catch {
    return true;
  }
}

/** The job ids of this page's board scope among the shortlist's keys. */
function savedJobIds(keys: ReadonlySet<string>, siteId: string | undefined): Set<string> {
  const ids = new Set<string>();
  if (!siteId) return ids;
  const prefix = savedKeyPrefix(siteId, location.href);
  if (!prefix) return ids;
  for (const key of keys) if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
  return ids;
}

async function saveToShortlist(jobId: string, saved: boolean, link: string | null): Promise<string> {
  try {
    const outcome = await sendMessage('setSaved', { jobId, saved, ...(link ? { link } : {}) });
    if (!outcome.ok) return outcome.message;
    return saved ? 'Saved to your RoleLens shortlist' : 'Taken off your RoleLens shortlist';
  } catch (error) {
    reportError(error);
    return 'RoleLens could not save this job. Reload the page and try again.';
  }
}

function reportError(error: unknown): void {
  // Quiet in production: a page we cannot read is not the user's problem to see in the console.
  if (import.meta.env.DEV) console.warn('[RoleLens]', error);
}

function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Runs from document_start: on a board page it wakes the background at once (an empty batch),
 * so the service worker starts and loads the classifier while the page is still loading; the
 * page is read when its DOM is ready. Measured on a 100-card page: first badges ~500 ms after
 * DOMContentLoaded without this, with a cold worker.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  // First, before anything can yield to the page: a page's forged "content script started" event
  // must not switch us off (see start-guard.ts).
  guardScriptStartedEvent(ctx, {
    extensionGone,
    onForged: () => reportError(new Error('ignored a "content script started" event that no newer copy of RoleLens sent')),
  });
  leaveRepairsToExtensionPages();
  const doc = document;
  const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  if (enabledAdapter(location.href, defaultSettings())) {
    void sendMessage('classifyPostings', { url: location.href, siteId: null, postings: [], pageId }).catch(reportError);
  }
  // One storage read (value and version together; an older version migrated in memory).
  let settings = await loadSettings().catch(() => defaultSettings());
  await domReady(doc);
  if (ctx.isValid === false) return;
  // Plain timers (cleared on invalidation by the watcher), so a dead context still reaches scan().
  const timers: Timers = {
    setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    clearTimeout: (id) => clearTimeout(id),
    now: () => performance.now(),
  };
  let scanner: PageScanner | null = null;
  /** The board of the page the user turned off that was last reported as such. */
  let reportedOff: string | null = null;

  /** The scanner for the current URL and settings (an SPA can move between boards' pages). */
  const currentScanner = (): PageScanner | null => {
    const adapter = enabledAdapter(location.href, settings);
    if (scanner && scanner.siteId === adapter?.id) return scanner;
    scanner?.stop();
    scanner = adapter
      ? new PageScanner({
          doc,
          adapter,
          display: settings.display,
          classify: (postings, scan) =>
            sendMessage('classifyPostings', { url: location.href, siteId: adapter.id, postings, pageId, ...(scan ? { scan } : {}) }),
          onActivate: (jobId) => void sendMessage('openExplanation', { jobId }).catch(reportError),
          onSave: (jobId, saved, link) => saveToShortlist(jobId, saved, link),
          onError: reportError,
          // A card the page kept re-rendering gets its badge back when the pause ends.
          onPause: (ms) => void ctx.setTimeout(() => scan(), ms + 50),
        })
      : null;
    scanner?.setSavedJobs(savedJobIds(shortlistKeys, adapter?.id));
    return scanner;
  };

  const scan = (options?: { resend?: boolean }): void => {
    if (extensionGone()) {
      ctx.notifyInvalidated(); // runs the clean-up below: observer off, badges removed
      return;
    }
    if (ctx.isInvalid) return;
    const current = currentScanner();
    if (current) {
      reportedOff = null;
      current.scan(options).catch(reportError);
      return;
    }
    // A board the user turned off in options: say so once, so the popup can tell why.
    const found = pageAdapter(location.href, settings);
    if (found && !found.on && reportedOff !== found.adapter.id) {
      reportedOff = found.adapter.id;
      const scanned = { outcome: 'off' as const, jobs: 0 };
      void sendMessage('classifyPostings', { url: location.href, siteId: found.adapter.id, postings: [], pageId, scan: scanned }).catch(reportError);
    }
  };

  // The shortlist's keys, so each badge's save toggle shows whether its job is saved.
  let shortlistKeys = new Set<string>();
  const followShortlist = (raw: unknown) => {
    shortlistKeys = savedKeysIn(raw);
    scanner?.setSavedJobs(savedJobIds(shortlistKeys, scanner.siteId));
  };
  void storage.getItem(SHORTLIST_STORAGE_KEY).then(followShortlist, reportError);
  const stopWatchingShortlist = storage.watch(SHORTLIST_STORAGE_KEY, followShortlist);

  const changes = new ChangeFilter({ roots: () => scanner?.watchRoots() ?? null, now: timers.now });
  const watcher = watchPage(doc.documentElement, () => scan(), timers, { needsScan: (record) => changes.needsScan(record) });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.poke());
  // Back from a job page through the back/forward cache: the page returns as it was left, but
  // the job may now have a full verdict, and the tab's record belongs to the page we came from.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) scan({ resend: true });
  });

  const stopWatchingSettings = watchSettings((next) => {
    const sitesChanged = JSON.stringify(next.sites) !== JSON.stringify(settings.sites);
    settings = next;
    if (sitesChanged) scan();
    scanner?.setDisplay(next.display);
  });

  const stopListening = [
    onMessage('verdictsUpdated', ({ data }) => {
      scanner?.applyResults(data.postings);
    }),
    // The classifier settings changed: report every posting again for new verdicts.
    onMessage('rescan', () => {
      scan({ resend: true });
    }),
    // The popup asks for what the background could not keep (or before it has a record).
    onMessage('pagePostings', () => scanner?.pagePostings() ?? null),
    onMessage('highlightEvidence', ({ data }) => {
      const detail = scanner?.currentDetail();
      const root = detail?.jobId === data.jobId ? detail.descriptionElement : undefined;
      return root ? highlightEvidence(root, data.sentence, data.cue, timers) : false;
    }),
    onMessage('scrollToPosting', ({ data }) => {
      const element = scanner?.elementFor(data.jobId);
      if (!element) return false;
      flashElement(element, timers);
      return true;
    }),
  ];

  ctx.onInvalidated(() => {
    // Page first (badges, filters, highlight), then listeners: with the extension gone, removing
    // a browser-API listener can throw, and that must not leave badges behind.
    const steps = [
      () => watcher.stop(),
      () => scanner?.stop(),
      () => clearHighlight(doc),
      () => stopWatchingSettings(),
      () => stopWatchingShortlist(),
      ...stopListening,
    ];
    for (const step of steps) {
      try {
        step();
      } catch {
        // The extension context is already gone; nothing else to undo for this step.
      }
    }
    scanner = null;
  });

  scan();
}
