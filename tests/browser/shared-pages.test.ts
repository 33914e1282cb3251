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
const pages: PageExpectation[] = available ? JSON.parse(readFileSync(manifest, 'utf8')).pages : [];

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
