// Reading RoleLens badges off a page in Firefox (puppeteer-core over WebDriver BiDi).
import type { Page } from 'puppeteer-core';

export const BADGE_TIMEOUT_MS = 20_000;

export interface BadgeInfo {
  jobId: string;
  label: string;
  /** 'card' or 'detail': where the badge sits. */
  place: string;
  /** 'title' (provisional, from the card) or 'full' (the whole posting was read). */
  mode: string;
  text: string;
  styled: boolean;
}

/** The BiDi session under puppeteer's page, for what puppeteer has no API for. */
function bidiOf(page: Page): { send(method: string, params: object): Promise<{ result: Record<string, unknown> }>; context: string } {
  const connection = (page.browser() as unknown as { connection?: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> } }).connection;
  const context = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!connection || !context) throw new Error('firefox-badges: this puppeteer page has no WebDriver BiDi session');
  return { send: (method, params) => connection.send(method, params), context };
}

/** Runs in the page on every badge's shadow root; returns JSON (BiDi's own object encoding is verbose). */
const DESCRIBE_BADGES = `(...roots) => JSON.stringify(roots.map((root) => {
  const host = root.host;
  const state = root.querySelector('.badge');
  const button = root.querySelector('button');
  return {
    jobId: host.getAttribute('data-job-id') ?? '',
    label: state?.getAttribute('data-label') ?? '',
    place: host.getAttribute('data-place') ?? '',
    mode: state?.getAttribute('data-mode') ?? '',
    text: (button?.textContent ?? '').replace(/\\s+/g, ' ').trim(),
    styled: !!button && getComputedStyle(button).borderTopLeftRadius === '999px',
  };
}))`;

/**
 * The badges on the page, read through their closed shadow roots: WebDriver BiDi serializes
 * closed roots too when asked (includeShadowTree: 'all'), as a browser's developer tools see them.
 */
export async function readBadges(page: Page): Promise<BadgeInfo[]> {
  const { send, context } = bidiOf(page);
  const found = await send('script.evaluate', {
    expression: `[...document.getElementsByTagName('*')].filter((e) => e.localName === 'rolelens-badge' || e.localName.startsWith('rolelens-badge-'))`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const hosts = ((found.result as { result?: { value?: unknown[] } }).result?.value ?? []) as { value?: { shadowRoot?: { sharedId?: string } | null } }[];
  const roots = hosts.map((host) => host.value?.shadowRoot?.sharedId).filter((id): id is string => !!id);
  if (!roots.length) return [];
  const described = await send('script.callFunction', {
    functionDeclaration: DESCRIBE_BADGES,
    arguments: roots.map((sharedId) => ({ sharedId })),
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  const value = (described.result as { result?: { value?: unknown } }).result?.value;
  if (typeof value !== 'string') throw new Error(`firefox-badges: reading the badges failed: ${JSON.stringify(described.result)}`);
  return JSON.parse(value) as BadgeInfo[];
}

export async function waitForBadgeCount(page: Page, count: number): Promise<void> {
  // A string, not a function: the test transform may wrap functions in helpers the page lacks.
  await page.waitForFunction(`document.querySelectorAll('rolelens-badge').length >= ${count}`, {
    timeout: BADGE_TIMEOUT_MS,
    polling: 100,
  });
}

/**
 * Polls the badges until `ok` holds and they have not changed for `settleMs` (a late duplicate
 * or a provisional badge turning full would show in that time), then returns them. On timeout
 * it returns the last seen, for the assertions to report.
 */
export async function settledBadges(page: Page, ok: (badges: BadgeInfo[]) => boolean, settleMs = 700): Promise<BadgeInfo[]> {
  const deadline = Date.now() + BADGE_TIMEOUT_MS;
  let badges: BadgeInfo[] = [];
  let key = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    badges = await readBadges(page).catch(() => []); // the document may be mid-replacement
    const next = JSON.stringify(badges);
    if (next !== key) [key, stableSince] = [next, Date.now()];
    else if (ok(badges) && Date.now() - stableSince >= settleMs) return badges;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return badges;
}

/**
 * Runs `fn` (a function's source, taking the badge's shadow root) on the badge of `jobId`, through
 * its closed shadow root; the result travels as JSON. Undefined when the page has no such badge.
 */
export async function inBadge<T>(page: Page, jobId: string, fn: string): Promise<T | undefined> {
  const { send, context } = bidiOf(page);
  const found = await send('script.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(`[data-job-id="${jobId}"]`)})].find((e) => e.localName.startsWith('rolelens-badge'))`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = (found.result as { result?: { value?: { shadowRoot?: { sharedId?: string } | null } } }).result?.value?.shadowRoot?.sharedId;
  if (!root) return undefined;
  const ran = await send('script.callFunction', {
    functionDeclaration: `(root) => JSON.stringify((${fn})(root) ?? null)`,
    arguments: [{ sharedId: root }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  const value = (ran.result as { result?: { value?: unknown } }).result?.value;
  return typeof value === 'string' ? (JSON.parse(value) as T) : undefined;
}

/** A real click (WebDriver BiDi input actions) on the element `selector` inside the badge of `jobId`. */
export async function clickInBadge(page: Page, jobId: string, selector: string): Promise<void> {
  const at = await inBadge<[number, number]>(
    page,
    jobId,
    `(root) => { const el = root.querySelector(${JSON.stringify(selector)}); el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }`,
  );
  if (!at) throw new Error(`no badge for ${jobId}`);
  await page.mouse.click(at[0], at[1]);
}
