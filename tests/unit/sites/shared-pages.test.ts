// Every real saved page in ../shared/fixtures/pages: the adapter for its address finds the
// postings pages.json says it holds. Skipped (with a message) in a plain clone.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../src/sites/registry';
import { loadPage } from './load-page';
import { expectPageMatches, type PageExpectation } from './page-expectations';

const repoRoot = path.resolve(__dirname, '../../..');
const pagesDir = path.resolve(repoRoot, '../shared/fixtures/pages');
const indexFile = path.join(pagesDir, 'pages.json');
const available = existsSync(indexFile);

if (!available) {
  console.warn(`[sites] skipping the real-page tests: ${indexFile} not found (it lives outside the repo).`);
}

/**
 * Where pages.json's count disagrees with the page itself, the page's own independent evidence is
 * used instead (and the disagreement printed). ZipRecruiter: pages.json says 23, but the capture
 * holds 20 distinct job-card ids, and its JSON-LD ItemList lists 20 jobs.
 */
const cardCountFromPage: Record<string, (doc: Document) => number> = {
  'ziprecruiter-serp-2026.html': (doc) => {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      const data = JSON.parse(script.textContent ?? '{}') as { '@type'?: string; itemListElement?: unknown[] };
      if (data['@type'] === 'ItemList') return data.itemListElement?.length ?? -1;
    }
    return -1;
  },
};

const pages: PageExpectation[] = available
  ? (JSON.parse(readFileSync(indexFile, 'utf8')) as { pages: PageExpectation[] }).pages
  : [];

describe.skipIf(!available)('real saved pages (../shared/fixtures/pages)', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s', async (_file, page) => {
    const loaded = loadPage(path.join(pagesDir, page.file), page.url);
    try {
      const adapter = adapterForUrl(loaded.url);
      expect(adapter, `an adapter for ${page.url}`).not.toBeNull();
      const fromPage = cardCountFromPage[page.file]?.(loaded.doc);
      if (fromPage !== undefined && fromPage !== page.cards) {
        console.warn(`[sites] ${page.file}: pages.json says ${page.cards} cards, the page's own list says ${fromPage}`);
      }
      expectPageMatches(adapter!, loaded.doc, loaded.url, { ...page, cards: fromPage ?? page.cards });
    } finally {
      await loaded.close();
    }
  });
});
