// The shared Chromium harness for real-browser tests: build once per run (under the shared build
// lock), copy the build to a temp dir, launch Debian's Chromium with the extension, serve pages
// at their real addresses with context.route(), and abort + RECORD every other request, so a
// test can assert that nothing reached for the network.
//
//   const ext = await launchExtension();
//   const page = await ext.servePage('https://www.indeed.com/viewjob?jk=1', { file: 'tests/fixtures/x.html' });
//   ...; expect(ext.blockedRequests).toEqual([]); await ext.close();
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Shared read-only materials (real saved pages, corpus); absent in a plain clone. */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const BUILD_LOCK = '/tmp/rolelens-build.lock';

const INSTALL_HINT =
  'Chromium was not found. Install it with `apt-get update && apt-get install -y chromium` ' +
  '(or set CHROMIUM_PATH to a Chromium binary). Browser tests never pass without a browser.';

/** Debian's Chromium (or CHROMIUM_PATH); throws a message saying how to get one. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

function lockedShell(script: string): void {
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = hasFlock ? ['flock', [BUILD_LOCK, 'sh', '-c', script]] : ['sh', ['-c', script]];
  const result = spawnSync(cmd, args as string[], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`Build step failed (${script}):\n${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  }
}

/**
 * The builds a test can load. 'test-all-urls' is a test-only variant (wxt.config.ts, built with
 * ROLELENS_TEST_ALL_URLS=1 into its own folder, never zipped or shipped) whose manifest grants
 * <all_urls> at install: it stands in for the user granting the optional host permission in
 * options, a browser prompt that automation cannot answer in Chromium.
 */
export type BuildVariant = 'release' | 'test-all-urls';

const variantBuild: Record<BuildVariant, { outDir: string; env: string }> = {
  release: { outDir: 'chrome-mv3', env: '' },
  'test-all-urls': { outDir: 'chrome-mv3-test-all-urls', env: 'ROLELENS_TEST_ALL_URLS=1 ' },
};

/**
 * Builds the Chrome MV3 extension at most once per test run (vitest's worker processes share a
 * parent; a marker file keyed by it remembers the build), then copies it to a fresh temp dir under
 * the same lock, so a build started by someone else cannot change files under a running browser.
 */
export function builtExtensionCopy(variant: BuildVariant = 'release'): string {
  const { outDir, env } = variantBuild[variant];
  const output = path.join(repoRoot, '.output', outDir);
  const marker = path.join(tmpdir(), `rolelens-harness-built-${variant === 'release' ? '' : `${variant}-`}${process.ppid}`);
  const skip = process.env.ROLELENS_SKIP_BUILD === '1' && existsSync(path.join(output, 'manifest.json'));
  const copy = mkdtempSync(path.join(tmpdir(), 'rolelens-ext-'));
  const copyStep = `cp -R ${JSON.stringify(output)}/. ${JSON.stringify(copy)}/`;
  if (skip || existsSync(marker)) {
    lockedShell(copyStep);
  } else {
    lockedShell(`${env}npx wxt build >/dev/null && ${copyStep}`);
    writeFileSync(marker, String(Date.now()));
  }
  if (!existsSync(path.join(copy, 'manifest.json'))) throw new Error(`No built extension in ${output}`);
  return copy;
}

export type PageSource = string | { file: string };

export interface BlockedRequest {
  url: string;
  resourceType: string;
  /** True when the request came from the extension's service worker. */
  fromServiceWorker: boolean;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  /** The copy of the built extension this browser loaded. */
  extensionDir: string;
  /** Every request that was not a served page, in order: aborted, never sent. */
  blockedRequests: BlockedRequest[];
  serviceWorker(): Promise<Worker>;
  /** Serves `source` at `url` and opens it in a new tab. */
  servePage(url: string, source: PageSource): Promise<Page>;
  /** The extension's popup page, for a tab (defaults to the tab last opened with servePage). */
  openPopup(tabId?: number): Promise<Page>;
  /** The browser's tab id of a page (for getTabState, openPopup). */
  tabIdFor(page: Page): Promise<number>;
  readStorage(area: 'local' | 'session' | 'sync'): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const served = new WeakMap<BrowserContext, Map<string, string>>();

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function readSource(source: PageSource): string {
  if (typeof source === 'string') return source;
  const file = path.isAbsolute(source.file) ? source.file : path.join(repoRoot, source.file);
  return readFileSync(file, 'utf8');
}

/** Makes the context answer `url` with this HTML (the page is not opened). */
export function servePage(context: BrowserContext, url: string, source: PageSource): void {
  const pages = served.get(context);
  if (!pages) throw new Error('servePage: this context was not created by launchExtension()');
  pages.set(withoutHash(url), readSource(source));
}

export interface LaunchOptions {
  headless?: boolean;
  build?: BuildVariant;
  /**
   * Lets the DevTools protocol's Extensions domain act on the extension (harness/action.ts clicks
   * its toolbar button with it). Chromium allows that only with this switch and a pipe connection.
   */
  extensionDebugging?: boolean;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const executablePath = findChromium();
  const extensionDir = builtExtensionCopy(options.build);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'rolelens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      ...(options.extensionDebugging ? ['--enable-unsafe-extension-debugging'] : []),
    ],
  });
  const pages = new Map<string, string>();
  served.set(context, pages);
  const blockedRequests: BlockedRequest[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    // The extension's own files (popup, options, chunks) are local, not network.
    if (request.url().startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const body = pages.get(withoutHash(request.url()));
    if (body !== undefined && request.method() === 'GET') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    blockedRequests.push({
      url: request.url(),
      resourceType: request.resourceType(),
      fromServiceWorker: !!request.serviceWorker(),
    });
    await route.abort('blockedbyclient');
  });

  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  let lastPage: Page | null = null;

  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return live;
    // A stopped MV3 worker restarts on any extension event; opening an extension page wakes it.
    const waker = await context.newPage();
    const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
    await waker.goto(`chrome-extension://${extensionId}/manifest.json`).catch(() => undefined);
    const started = await waiting;
    await waker.close();
    return started;
  };

  const tabIdFor = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const sw = await serviceWorker();
    const id = await sw.evaluate(async (url: string) => {
      const tabs = await chrome.tabs.query({});
      const byUrl = tabs.find((t) => t.url === url);
      if (byUrl?.id !== undefined) return byUrl.id;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? -1;
    }, page.url());
    if (id < 0) throw new Error(`No tab found for ${page.url()}`);
    return id;
  };

  return {
    context,
    extensionId,
    extensionDir,
    blockedRequests,
    serviceWorker,
    tabIdFor,
    async servePage(url, source) {
      servePage(context, url, source);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      lastPage = page;
      return page;
    },
    async openPopup(tabId) {
      const id = tabId ?? (lastPage ? await tabIdFor(lastPage) : undefined);
      const popup = await context.newPage();
      const query = id === undefined ? '' : `?tab=${id}`;
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return popup;
    },
    async readStorage(area) {
      const sw = await serviceWorker();
      return sw.evaluate((a: 'local' | 'session' | 'sync') => chrome.storage[a].get(null), area);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

// `chrome` inside sw.evaluate() runs in the extension's worker, not here; declared for the compiler.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
};
