// Every real saved page in ../shared/fixtures/pages (LinkedIn, Indeed, Glassdoor, ZipRecruiter,
// Workday, Greenhouse, Lever, iCIMS, a Glassdoor bot wall): the badges match the postings.
// The pages are read from ../shared at test time and never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchExtension, sharedDir, type ExtensionHarness } from './harness';
import { checkPage, type PageExpectation } from './harness/page-check';

const pagesDir = path.join(sharedDir, 'fixtures/pages');
const manifest = path.join(pagesDir, 'pages.json');
const available = existsSync(manifest);
if (!available) console.warn(`Skipping the real-page tests: ${manifest} is absent (../shared is not next to this clone).`);
const listed: PageExpectation[] = available ? JSON.parse(readFileSync(manifest, 'utf8')).pages : [];

/**
 * Where pages.json's count disagrees with the page's own list, the page wins (with a warning):
 * the saved ZipRecruiter page holds 20 distinct cards (each rendered twice) and its JSON-LD
 * ItemList lists 20, while pages.json says 23. The site-adapter tests make the same correction.
 */
function cardsShownByPage(file: string, html: string): number | undefined {
  if (!file.startsWith('ziprecruiter-')) return undefined;
  for (const m of html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/g)) {
    try {
      const data = JSON.parse(m[1] ?? '') as { '@type'?: string; itemListElement?: unknown[] };
      if (data['@type'] === 'ItemList') return data.itemListElement?.length;
    } catch {
      // not JSON: skip
    }
  }
  return undefined;
}

const pages = listed.map((page) => {
  const shown = cardsShownByPage(page.file, readFileSync(path.join(pagesDir, page.file), 'utf8'));
  if (shown === undefined || shown === page.cards) return page;
  console.warn(`${page.file}: pages.json says ${page.cards} cards, the page's own list says ${shown}; using ${shown}`);
  return { ...page, cards: shown };
});

describe.skipIf(!available)('real saved job-board pages', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const expectation of pages) {
    it(`${expectation.file}: ${expectation.badges === false ? 'no badge (wall)' : `${expectation.cards} cards, detail ${expectation.detail ?? 'none'}`}`, async () => {
      await checkPage(ext, expectation, path.join(pagesDir, expectation.file));
    });
  }
});
