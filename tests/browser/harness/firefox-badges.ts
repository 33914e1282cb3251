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

export const readBadges = (page: Page): Promise<BadgeInfo[]> =>
  page.$$eval('rolelens-badge', (badges) =>
    badges.map((badge) => ({
      jobId: badge.getAttribute('data-job-id') ?? '',
      label: badge.getAttribute('data-label') ?? '',
      place: badge.getAttribute('data-place') ?? '',
      mode: badge.getAttribute('data-mode') ?? '',
      // The visible text (the shadow root also holds a <style> and the tooltip).
      text: (badge.shadowRoot?.querySelector('button')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      // The badge stylesheet reached the shadow root (adopted, or a <style> where adopting fails).
      styled: (() => {
        const button = badge.shadowRoot?.querySelector('button');
        return !!button && getComputedStyle(button).borderTopLeftRadius === '999px';
      })(),
    })),
  );

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
