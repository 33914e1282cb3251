// Lints the site registry itself: every adapter has its own fixture page, every match pattern
// is a valid WebExtension match pattern, and URLs route to the adapter meant for them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForUrl, contentScriptMatches, pageDataAdapters, siteAdapters } from '../../../src/sites/registry';
import { loadPage } from './load-page';

const fixturesDir = path.resolve(__dirname, '../../fixtures');
const fixtures = (
  JSON.parse(readFileSync(path.join(fixturesDir, 'fixtures.json'), 'utf8')) as {
    pages: { file: string; url: string; anyJobPostingPage?: boolean }[];
  }
).pages;

/** The match-pattern grammar (MDN "Match patterns"): scheme://host/path, host "*", "*.x" or exact. */
const MATCH_PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(\/.*)$/;

function patternToRegExp(pattern: string): RegExp {
  const [, scheme, host, pathPart] = MATCH_PATTERN.exec(pattern)!;
  const schemeRe = scheme === '*' ? 'https?' : scheme!;
  const hostRe =
    host === '*' ? '[^/]+' : host!.startsWith('*.') ? `(?:[^/]+\\.)?${host!.slice(2).replace(/\./g, '\\.')}` : host!.replace(/\./g, '\\.');
  const pathRe = pathPart!.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}$`);
}

describe('site registry', () => {
  it('has unique adapter ids', () => {
    const ids = siteAdapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(siteAdapters.map((adapter) => [adapter.id, adapter] as const))('%s has at least one own fixture', (_id, adapter) => {
    const own = fixtures.filter((page) => adapterForUrl(new URL(page.url), { anyJobPostingPage: page.anyJobPostingPage }) === adapter);
    expect(own.length, `a page in tests/fixtures/fixtures.json served by ${adapter.id}`).toBeGreaterThan(0);
    // Pages of the any-page mode are named after what reads them: "generic-" or a platform's id.
    const prefixes = adapter.id === 'jsonld-any' ? ['generic-', ...pageDataAdapters.map((platform) => `${platform.id}-`)] : [`${adapter.id}-`];
    for (const page of own) expect(prefixes.some((prefix) => page.file.startsWith(prefix)), page.file).toBe(true);
  });

  it.each(pageDataAdapters.map((platform) => [platform.id, platform] as const))(
    '%s (recognised by its page data) has own fixtures, all of which it recognises',
    async (_id, platform) => {
      const own = fixtures.filter((page) => page.file.startsWith(`${platform.id}-`));
      expect(own.length).toBeGreaterThan(0);
      for (const page of own) {
        expect(page.anyJobPostingPage, `${page.file} is read in the any-page mode`).toBe(true);
        const loaded = loadPage(path.join(fixturesDir, page.file), page.url);
        try {
          expect(platform.recognises(loaded.doc), page.file).toBe(true);
        } finally {
          await loaded.close();
        }
      }
      // And a page of another kind is not taken for it.
      const other = loadPage(path.join(fixturesDir, 'generic-jsonld-graph.html'), 'https://careers.meadowbrook-hospital.example/jobs/x');
      try {
        expect(platform.recognises(other.doc)).toBe(false);
      } finally {
        await other.close();
      }
    },
  );

  it.each(contentScriptMatches().map((pattern) => [pattern]))('%s is a valid match pattern', (pattern) => {
    expect(pattern).toMatch(MATCH_PATTERN);
    expect(pattern.slice(pattern.indexOf('://') + 3)).not.toMatch(/^[^/]*\*[^.]/); // "*" only as a whole label
  });

  it('gives the generic JSON-LD reader no manifest matches (it runs only after the user opts in)', () => {
    const generic = siteAdapters.find((adapter) => adapter.id === 'jsonld-any');
    expect(generic?.matches).toEqual([]);
    expect(siteAdapters.at(-1)).toBe(generic);
  });

  it("injects the content script on every fixture's address the adapter handles", () => {
    const patterns = contentScriptMatches().map(patternToRegExp);
    for (const page of fixtures) {
      if (page.anyJobPostingPage) continue;
      const href = new URL(page.url);
      const withoutQuery = `${href.protocol}//${href.host}${href.pathname}`;
      expect(patterns.some((re) => re.test(withoutQuery)), page.url).toBe(true);
    }
  });

  it.each([
    ['https://www.glassdoor.com/Job/nurse-manager-jobs-SRCH_KO0,13.htm', 'glassdoor'],
    ['https://www.glassdoor.com.au/Job/index.htm', 'glassdoor'],
    ['https://nl.glassdoor.be/Vacature/index.htm', 'glassdoor'],
    ['https://de.glassdoor.ch/Job/index.htm', 'glassdoor'],
    ['https://www.glassdoor.co.nz/Job/index.htm', 'glassdoor'],
    ['https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', 'indeed'],
    ['https://de.linkedin.com/jobs/mlops-stellen', 'linkedin'],
    ['https://www.linkedin.com/jobs/search-results/?currentJobId=1', 'linkedin'],
    ['https://www.usajobs.gov/job/812345600', 'usajobs'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/Careers', 'workday'],
    ['https://jobs.eu.lever.co/acme/0c9e8d7f-1111-4a2b-9c3d-5e6f7a8b9c01', 'lever'],
    ['https://careers-acme.icims.com/jobs/1/x/job?in_iframe=1', 'icims'],
  ])('routes %s to %s', (href, id) => {
    expect(adapterForUrl(new URL(href))?.id).toBe(id);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.glassdoor.com.evil.example/Job/',
    'https://notindeed.com/viewjob?jk=1',
    'https://example.org/careers',
  ])('leaves %s alone', (href) => {
    expect(adapterForUrl(new URL(href))).toBeNull();
  });
});
