// Every invented fixture page in tests/fixtures (one or more per board adapter, written by us and
// modelled on the real boards): the badges match the postings, ids and titles as shown.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, repoRoot, type ExtensionHarness } from './harness';
import { checkPage, type PageExpectation } from './harness/page-check';

const fixturesDir = path.join(repoRoot, 'tests/fixtures');
const manifest = path.join(fixturesDir, 'fixtures.json');

describe('own fixture pages', () => {
  it('tests/fixtures/fixtures.json lists the fixture pages', () => {
    expect(existsSync(manifest), `${manifest} is missing: the site adapters' fixtures list every page`).toBe(true);
  });
});

const raw: unknown = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : [];
// Accept a bare list or {pages: [...]}, like ../shared's pages.json.
const fixtures: PageExpectation[] = Array.isArray(raw) ? raw : ((raw as { pages?: PageExpectation[] }).pages ?? []);

describe.skipIf(fixtures.length === 0)('own fixture pages in Chromium', () => {
  let ext: ExtensionHarness;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const expectation of fixtures) {
    // The generic JSON-LD reader runs only after the user grants <all_urls> in options: those
    // pages are in any-page.test.ts, which loads the test build holding that grant.
    if (expectation.anyJobPostingPage === true) continue;
    it(`${expectation.file}: ${expectation.badges === false ? 'no badge (wall)' : `${expectation.cards} cards, detail ${expectation.detail ?? 'none'}`}`, async () => {
      await checkPage(ext, expectation, path.join(fixturesDir, expectation.file));
    });
  }
});
