// Reading RoleLens badges off a page in the browser (Playwright evaluates these in the page).
import type { Frame, Page } from 'playwright-core';

export interface BadgeInfo {
  jobId: string;
  label: string | null;
  mode: string | null;
  /** 'card' (in the results list) or 'detail' (the posting shown in full, when no card shows it). */
  place: string | null;
  text: string;
  accessibleName: string | null;
  /** Text of the element the badge sits after (the site's title), whitespace collapsed. */
  anchorText: string;
  hidden: boolean;
}

/** A DOM node as CDP's DOM.getDocument describes it (the fields used here). */
interface CdpNode {
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  /** name, value, name, value, … */
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

const isBadgeTag = (name = '') => name === 'rolelens-badge' || name.startsWith('rolelens-badge-');

const jobIdOf = (node: CdpNode): string | undefined => {
  const at = node.attributes?.indexOf('data-job-id') ?? -1;
  return at >= 0 && at % 2 === 0 ? node.attributes![at + 1] : undefined;
};

/** Each badge's shadow root (closed ones too; only job `jobId`'s when given), in document order, not descending into frames. */
function badgeShadowRoots(node: CdpNode, found: number[] = [], jobId?: string): number[] {
  if (node.nodeType === 1 && isBadgeTag(node.localName) && node.shadowRoots?.[0] && (jobId === undefined || jobIdOf(node) === jobId)) {
    found.push(node.shadowRoots[0].backendNodeId);
  }
  for (const root of node.shadowRoots ?? []) badgeShadowRoots(root, found, jobId);
  for (const child of node.children ?? []) badgeShadowRoots(child, found, jobId);
  return found;
}

/** Runs in the page on one badge's shadow root (its host is root.host). */
function describeBadge(this: ShadowRoot): BadgeInfo {
  const host = this.host as HTMLElement;
  const state = this.querySelector('.badge'); // the verdict's state: label, mode
  const button = this.querySelector('button'); // the explanation button (the star comes after it)
  return {
    jobId: host.dataset.jobId ?? '',
    label: state?.getAttribute('data-label') ?? null,
    mode: state?.getAttribute('data-mode') ?? null,
    place: host.dataset.place ?? null,
    text: button?.textContent ?? '',
    accessibleName: button?.getAttribute('aria-label') ?? null,
    anchorText: (host.previousElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    hidden: host.hidden === true,
  };
}

/**
 * The badges on the page (or in the frame `frameSelector`), read through their closed shadow
 * roots the way DevTools does: the DevTools protocol's DOM domain sees every shadow root.
 */
export async function readBadges(page: Page, frameSelector?: string): Promise<BadgeInfo[]> {
  let target: Page | Frame = page;
  if (frameSelector) {
    const frame = await (await page.$(frameSelector))?.contentFrame();
    if (!frame) return [];
    target = frame;
  }
  const cdp = await page.context().newCDPSession(target);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const badges: BadgeInfo[] = [];
    for (const backendNodeId of badgeShadowRoots(root)) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: describeBadge.toString(),
        returnByValue: true,
      });
      badges.push(result.value as BadgeInfo);
    }
    return badges;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Runs `fn` in the page on the closed shadow root of the first badge, or of job `jobId`'s badge
 * (e.g. to read computed styles).
 */
export async function evaluateInBadge<T>(page: Page, fn: (root: ShadowRoot) => T, jobId?: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const [backendNodeId] = badgeShadowRoots(root, [], jobId);
    if (backendNodeId === undefined) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${fn.toString()})(this); }`,
      returnByValue: true,
    });
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Waits until the badges stop changing (same ids, labels and modes for `settleMs`), then returns them.
 * `until` can demand more (e.g. a count) before settling counts.
 */
export async function waitForBadges(
  page: Page,
  options: { until?: (badges: BadgeInfo[]) => boolean; settleMs?: number; timeoutMs?: number } = {},
): Promise<BadgeInfo[]> {
  const settleMs = options.settleMs ?? 700;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let last = '';
  let stableSince = Date.now();
  let badges: BadgeInfo[] = [];
  while (Date.now() < deadline) {
    badges = await readBadges(page);
    const key = JSON.stringify(badges.map((b) => [b.jobId, b.label, b.mode, b.text]));
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= settleMs && (!options.until || options.until(badges))) {
      return badges;
    }
    await page.waitForTimeout(100);
  }
  return badges;
}
