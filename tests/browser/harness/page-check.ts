// Checks one saved or invented job-board page with the extension loaded: the badges match the
// postings the page lists (cards, plus the detail when no card shows it), ids and titles as the
// page shows them, and nothing at all on a bot or login wall. Shared by the tests over
// ../shared/fixtures/pages and over tests/fixtures.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ExtensionHarness } from './index';
import { readBadges, waitForBadges } from './badges';
import { waitForScan } from './scan';
import { readTabView } from './tab-view';

export interface PageExpectation {
  file: string;
  url: string;
  /** Distinct postings in the results list. */
  cards: number;
  /** Job id shown in full, 'pane' (one of the cards, id not given), or null. */
  detail: string | null;
  /** false: a wall; nothing may be injected. */
  badges?: boolean;
  /** Only the optional generic JSON-LD reader handles this page (needs a permission grant). */
  anyJobPostingPage?: boolean;
}

/** The fewest badges a page must get: one per card (the detail adds one unless a card shows it). */
export function minimumBadgeCount(page: PageExpectation): number {
  if (page.badges === false) return 0;
  return page.cards || (page.detail ? 1 : 0);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export async function checkPage(ext: ExtensionHarness, expectation: PageExpectation, filePath: string): Promise<void> {
  const html = readFileSync(filePath, 'utf8');
  const page = await ext.servePage(expectation.url, { file: filePath });
  try {
    const expected = minimumBadgeCount(expectation);
    if (expected === 0) {
      // The script ran and saw the wall or nothing to read (a positive signal, not a pause).
      const outcome = expectation.badges === false ? 'wall' : 'empty';
      expect((await waitForScan(ext, page)).outcome, `${expectation.file}: scanned`).toBe(outcome);
      expect(await readBadges(page), `${expectation.file}: no badge`).toEqual([]);
      return;
    }
    const badges = await waitForBadges(page, { until: (b) => b.length >= expected, timeoutMs: 20_000 });
    const ids = badges.map((b) => b.jobId);
    const cardIds = badges.filter((b) => b.place === 'card').map((b) => b.jobId);
    const detailOnly = badges.filter((b) => b.place === 'detail').map((b) => b.jobId);
    expect(cardIds.length, `${expectation.file}: one badge per card`).toBe(expectation.cards);
    expect(new Set(ids).size, `${expectation.file}: one badge per job id`).toBe(ids.length);
    expect(badges.every((b) => b.label), `${expectation.file}: every badge has a tag`).toBe(true);
    if (expectation.detail === null) {
      expect(detailOnly, `${expectation.file}: no detail badge`).toEqual([]);
    } else if (expectation.detail === 'pane') {
      // The pane shows one of the listed postings: its card carries the full verdict.
      expect(detailOnly, `${expectation.file}: the pane's posting is badged on its card`).toEqual([]);
      expect(badges.some((b) => b.place === 'card' && b.mode === 'full'), `${expectation.file}: a card shows the full verdict`).toBe(true);
    } else {
      // A detail that is also a card is badged on the card (full verdict); otherwise it has its own.
      const onCard = cardIds.includes(expectation.detail);
      expect(onCard ? [] : [expectation.detail], `${expectation.file}: detail badge`).toEqual(detailOnly);
      expect(badges.find((b) => b.jobId === expectation.detail)?.mode, `${expectation.file}: detail read in full`).toBe('full');
    }
    // Ids as the page shows them: in its markup or its address.
    for (const id of ids) {
      expect(html.includes(id) || expectation.url.includes(id), `${expectation.file}: job id ${id} appears in the page`).toBe(true);
    }

    // Titles as the page shows them: each reported title is the text next to its badge.
    const tabId = await ext.tabIdFor(page);
    const state = await readTabView(ext, tabId);
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
