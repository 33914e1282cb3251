// The assertions shared by the real-page and own-fixture tests: pages.json / fixtures.json format.
import { expect } from 'vitest';
import type { SiteAdapter } from '../../../src/sites/types';

export interface PageExpectation {
  file: string;
  url: string;
  /** Distinct postings in the results list. */
  cards: number;
  /** The job id shown in full, "pane" for a search page's detail pane, or null for none. */
  detail: string | null;
  /** false where nothing must be injected (a bot or login wall). */
  badges?: boolean;
}

export function expectPageMatches(adapter: SiteAdapter, doc: Document, url: URL, page: PageExpectation): void {
  const before = doc.documentElement.outerHTML;
  try {
    expectReadings(adapter, doc, url, page);
  } finally {
    // Adapters read the page; they never change it.
    expect(doc.documentElement.outerHTML === before, 'the page is unchanged').toBe(true);
  }
}

function expectReadings(adapter: SiteAdapter, doc: Document, url: URL, page: PageExpectation): void {
  const blocked = adapter.isBlocked(doc);
  expect(blocked, 'isBlocked').toBe(page.badges === false);
  if (blocked) return; // The content script does nothing on a wall; there is nothing more to read.

  const cards = adapter.findCards(doc, url);
  const ids = cards.map((card) => card.jobId);
  expect(new Set(ids).size, 'card ids are distinct').toBe(ids.length);
  expect(cards.length, 'cards').toBe(page.cards);
  for (const card of cards) {
    expect(card.jobId, 'card id').not.toBe('');
    expect(card.title, `title of card ${card.jobId}`).not.toBe('');
    expect(card.element.contains(card.badgeAnchor), `badge anchor inside card ${card.jobId}`).toBe(true);
  }

  const detail = adapter.findDetail(doc, url);
  if (page.detail === null) {
    expect(detail, 'no posting shown in full').toBeNull();
    return;
  }
  expect(detail, 'a posting shown in full').not.toBeNull();
  expect(detail!.title, 'detail title').not.toBe('');
  expect(detail!.description.length, 'detail description').toBeGreaterThan(0);
  if (page.detail === 'pane') {
    // A pane shows one of the listed postings.
    expect(ids, 'the pane shows a listed posting').toContain(detail!.jobId);
  } else {
    expect(detail!.jobId, 'detail id').toBe(page.detail);
  }
}
