// Reading RoleLens badges off a page in the browser (Playwright evaluates these in the page).
import type { Page } from 'playwright-core';

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

export async function readBadges(page: Page, frameSelector?: string): Promise<BadgeInfo[]> {
  const frame = frameSelector ? page.frameLocator(frameSelector) : null;
  const read = () =>
    [...document.querySelectorAll<HTMLElement>('rolelens-badge')].map((b) => ({
      jobId: b.dataset.jobId ?? '',
      label: b.dataset.label ?? null,
      mode: b.dataset.mode ?? null,
      place: b.dataset.place ?? null,
      text: b.shadowRoot?.querySelector('button')?.textContent ?? '',
      accessibleName: b.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? null,
      anchorText: (b.previousElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      hidden: b.hidden === true,
    }));
  if (frame) return frame.locator('html').evaluate(read);
  return page.evaluate(read);
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
