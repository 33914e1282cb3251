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

const pages: PageExpectation[] = available
  ? (JSON.parse(readFileSync(indexFile, 'utf8')) as { pages: PageExpectation[] }).pages
  : [];

describe.skipIf(!available)('real saved pages (../shared/fixtures/pages)', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s', async (_file, page) => {
    const loaded = loadPage(path.join(pagesDir, page.file), page.url);
    try {
      const adapter = adapterForUrl(loaded.url);
      expect(adapter, `an adapter for ${page.url}`).not.toBeNull();
      expectPageMatches(adapter!, loaded.doc, loaded.url, page);
    } finally {
      await loaded.close();
    }
  });
});
