// Debian's Chromium with the built RoleLens extension, serving the demo board at its Workday
// address through Playwright's context.route(): used by `npm start` and `npm run bench:page`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { respond } from './board.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.ROLELENS_CHROMIUM ?? '/usr/bin/chromium';

/** `wxt build` (Chrome MV3) under the shared build lock; returns the output folder. */
export function buildChromeExtension() {
  const wxt = path.join(repoRoot, 'node_modules', '.bin', 'wxt');
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = hasFlock ? ['flock', ['/tmp/rolelens-build.lock', wxt, 'build']] : [wxt, ['build']];
  const result = spawnSync(cmd, args, { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return path.join(repoRoot, '.output', 'chrome-mv3');
}

/**
 * Launches Chromium with a private copy of the extension (a later rebuild cannot change it under
 * us). Every request is answered by the demo board or aborted: nothing reaches the network.
 */
export async function launchDemoBrowser({ extensionDir, headless, list }) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'rolelens-demo-'));
  const extCopy = path.join(tmp, 'extension');
  // extensionDir null: the same browser without RoleLens (the page benchmark's baseline).
  if (extensionDir) cpSync(extensionDir, extCopy, { recursive: true });
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extCopy}`, `--load-extension=${extCopy}`] : [];
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 900 },
    // Both flags are needed: Playwright's defaults include --disable-extensions.
    args: [
      ...extensionArgs,
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue(); // the extension's own pages
    const response = respond(url, list);
    if (response) return route.fulfill(response);
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const dispose = async () => {
    await context.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  };
  if (!extensionDir) return { context, worker: null, extensionId: null, blocked, dispose };
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, blocked, dispose };
}

/** Each badge's shadow root in a DevTools-protocol DOM tree (closed roots too), in page order. */
function badgeShadowRoots(node, found = []) {
  const name = node.localName ?? '';
  const isBadge = name === 'rolelens-badge' || name.startsWith('rolelens-badge-');
  if (node.nodeType === 1 && isBadge && node.shadowRoots?.[0]) found.push(node.shadowRoots[0].backendNodeId);
  for (const root of node.shadowRoots ?? []) badgeShadowRoots(root, found);
  for (const child of node.children ?? []) badgeShadowRoots(child, found);
  return found;
}

/**
 * What the extension put on the page: one entry per badge, in page order. The badges' shadow
 * roots are closed (a page cannot read them); the DevTools protocol, like DevTools, can.
 */
export async function readBadges(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const badges = [];
    for (const backendNodeId of badgeShadowRoots(root)) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          const state = this.querySelector('.badge');
          const button = this.querySelector('button');
          return {
            jobId: this.host.getAttribute('data-job-id') ?? '',
            label: state?.getAttribute('data-label') ?? '',
            mode: state?.getAttribute('data-mode') ?? '', // 'title' = provisional, from the card; 'full' = the whole posting was read
            text: (button?.textContent ?? '').replace(/\\s+/g, ' ').trim(),
            name: button?.getAttribute('aria-label') ?? '',
          };
        }`,
      });
      badges.push(result.value);
    }
    return badges;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The browser tab id of a page, asked of the extension's service worker (for popup.html?tab=). */
export async function tabIdOf(worker, url) {
  return worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    // tab.url is visible where the extension has host access; otherwise fall back to the active tab.
    const byUrl = tabs.find((t) => t.url === target);
    const active = tabs.find((t) => t.active);
    return (byUrl ?? active)?.id ?? null;
  }, url);
}
