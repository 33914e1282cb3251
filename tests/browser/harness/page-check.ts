// Checks one saved or invented job-board page with the extension loaded: the badges match the
// postings the page lists (cards, plus the detail when no card shows it), ids and titles as the
// page shows them, and nothing at all on a bot or login wall. Shared by the tests over
// ../shared/fixtures/pages and over tests/fixtures.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TabState } from '../../../src/messaging/protocol';
import type { ExtensionHarness } from './index';
import { readBadges, waitForBadges } from './badges';

export interface PageExpectation {
  file: string;
  url: string;
  /** Distinct postings in the results list. */
  cards: number;
  /** Job id shown in full, 'pane' (one of the cards, id not given), or null. */
  detail: string | null;
  /** false: a wall; nothing may be injected. */
  badges?: boolean;
}

/** How many badges a page must get: one per card, plus the detail when it is not also a card. */
export function expectedBadgeCount(page: PageExpectation): number {
  if (page.badges === false) return 0;
  return page.cards + (page.detail && page.detail !== 'pane' ? 1 : 0);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export async function checkPage(ext: ExtensionHarness, expectation: PageExpectation, filePath: string): Promise<void> {
  const html = readFileSync(filePath, 'utf8');
  const page = await ext.servePage(expectation.url, { file: filePath });
  try {
    const expected = expectedBadgeCount(expectation);
    if (expected === 0) {
      await page.waitForTimeout(1500);
      expect(await readBadges(page), `${expectation.file}: no badge on a wall`).toEqual([]);
      return;
    }
    const badges = await waitForBadges(page, { until: (b) => b.length >= expected, timeoutMs: 20_000 });
    const ids = badges.map((b) => b.jobId);
    expect(ids.length, `${expectation.file}: badge count`).toBe(expected);
    expect(new Set(ids).size, `${expectation.file}: one badge per job id`).toBe(ids.length);
    expect(badges.every((b) => b.label), `${expectation.file}: every badge has a tag`).toBe(true);
    if (expectation.detail && expectation.detail !== 'pane') expect(ids).toContain(expectation.detail);
    for (const id of ids) expect(html.includes(id), `${expectation.file}: job id ${id} appears in the page`).toBe(true);

    // Titles as the page shows them: each reported title is the text next to its badge.
    const tabId = await ext.tabIdFor(page);
    const state = (await ext.readStorage('session'))[`tabState:${tabId}`] as TabState | undefined;
    expect(state, `${expectation.file}: tab state stored`).toBeTruthy();
    const titleById = new Map(state!.postings.map((p) => [p.jobId, squash(p.posting.title)]));
    for (const badge of badges) {
      const title = titleById.get(badge.jobId) ?? '';
      const anchor = squash(badge.anchorText);
      expect(title.length, `${expectation.file}: title for ${badge.jobId}`).toBeGreaterThan(0);
      expect(anchor.includes(title) || title.includes(anchor), `${expectation.file}: "${title}" shown as "${anchor}"`).toBe(true);
    }
  } finally {
    await page.close();
  }
}
