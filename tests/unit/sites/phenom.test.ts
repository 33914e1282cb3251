// Phenom People career sites: recognised by their `phApp.ddo` data script (any host, any-page mode
// only), read from that data safely, badged next to the rendered card titles.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageScanner } from '../../../src/content/scanner';
import { defaultSettings } from '../../../src/settings/schema';
import { hasPhenomData, MAX_DDO_SCRIPT_CHARS, parseDdo, readPhenomData } from '../../../src/sites/phenom-ddo';
import { adapterForUrl, siteAdapters } from '../../../src/sites/registry';
import type { SiteAdapter } from '../../../src/sites/types';
import { recordingClassifier } from '../content/fake-site';
import { loadPage } from './load-page';

const fixturesDir = path.resolve(__dirname, '../../fixtures');
const sharedPage = path.resolve(__dirname, '../../../../shared/fixtures/pages/phenom-search-trimmed-2026.html');
const SITE = 'https://careers.lakeside-regional-health.example';

function anyPageAdapter(url: string): SiteAdapter {
  const adapter = adapterForUrl(new URL(url), { anyJobPostingPage: true });
  if (!adapter) throw new Error(`no any-page adapter for ${url}`);
  return adapter;
}

function load(file: string, url: string) {
  return { ...loadPage(path.join(fixturesDir, file), url), adapter: anyPageAdapter(url) };
}

function docWithScripts(...texts: string[]): Document {
  const doc = document.implementation.createHTMLDocument('t');
  for (const text of texts) {
    const script = doc.createElement('script');
    script.textContent = text;
    doc.head.append(script);
  }
  return doc;
}

describe('parseDdo: the object after `phApp.ddo =`, never evaluated', () => {
  it('cuts the object out of surrounding code, skipping braces and quotes inside strings', () => {
    expect(parseDdo('var phApp = {};\nphApp.ddo = {"a":{"b":"} {","c":"\\"}"}}; phApp.experimentData = {};')).toEqual({
      a: { b: '} {', c: '"}' },
    });
    expect(parseDdo('window.phApp.ddo={"x":1};')).toEqual({ x: 1 });
  });

  it.each([
    ['no assignment', 'var phApp = {}; phApp.experimentData = {"x":1};'],
    ['a comparison', 'if (phApp.ddo == {"x":1}) {}'],
    ['a property read', 'var job = phApp.ddo.jobDetail;'],
    ['a cut-off object', 'phApp.ddo = {"eagerLoadRefineSearch":{"data":{"jobs":[{"title":"Dir'],
    ['code rather than JSON', "phApp.ddo = {jobs: window.jobs, title: 'Manager'};"],
    ['not an object', 'phApp.ddo = null; phApp.ddo = [1];'],
  ])('gives null for %s', (_case, text) => {
    expect(parseDdo(text)).toBeNull();
  });

  it('does not scan a script longer than the limit', () => {
    const padding = ' '.repeat(MAX_DDO_SCRIPT_CHARS);
    expect(parseDdo(`phApp.ddo = {"a":1};${padding}`)).toBeNull();
  });

  it('tries the next assignment when the first is not JSON', () => {
    expect(parseDdo('phApp.ddo = {a: 1}; phApp.ddo = {"a":2};')).toEqual({ a: 2 });
  });
});

describe('readPhenomData', () => {
  it('reads search jobs, skipping entries without an id or title and repeated ids', () => {
    const doc = docWithScripts(
      'phApp.ddo = {"eagerLoadRefineSearch":{"data":{"jobs":[' +
        '{"jobId":"A-1","title":"Practice Manager","city":"Leeds","country":"UK","descriptionTeaser":"Run the practice."},' +
        '{"reqId":12345,"title":"Unit Clerk","location":"Madison, WI"},' +
        '{"jobId":"A-3"},{"title":"no id"},"junk",null,' +
        '{"jobId":"A-1","title":"Practice Manager (again)"}]}}};',
    );
    const data = readPhenomData(doc);
    expect(data?.searchJobs.map((job) => [job.jobId, job.title, job.location])).toEqual([
      ['A-1', 'Practice Manager', 'Leeds, UK'],
      ['12345', 'Unit Clerk', 'Madison, WI'],
    ]);
    expect(data?.searchJobs[0]?.teaser).toBe('Run the practice.');
    expect(data?.detailJob).toBeNull();
  });

  it('gives no jobs for a wrong shape, and null for no data or broken data', () => {
    expect(readPhenomData(docWithScripts('phApp.ddo = {"eagerLoadRefineSearch":{"data":{"jobs":{"0":{}}}}};'))?.searchJobs).toEqual([]);
    expect(readPhenomData(docWithScripts('var x = 1;'))).toBeNull();
    const broken = docWithScripts('phApp.ddo = {"eagerLoadRefineSearch":{"data":{"jobs":[{"jobId":"A-1","title":"Direc');
    expect(readPhenomData(broken)).toBeNull();
    // Still a Phenom page: the generic JSON-LD reader does not take it over.
    expect(hasPhenomData(broken)).toBe(true);
    expect(hasPhenomData(docWithScripts('var job = phApp.ddo.jobDetail;'))).toBe(false);
  });

  it('reads the script again when its text changes', () => {
    const doc = docWithScripts('phApp.ddo = {"eagerLoadRefineSearch":{"data":{"jobs":[{"jobId":"A-1","title":"One"}]}}};');
    expect(readPhenomData(doc)?.searchJobs.map((job) => job.title)).toEqual(['One']);
    doc.querySelector('script')!.textContent = 'phApp.ddo = {"eagerLoadRefineSearch":{"data":{"jobs":[{"jobId":"A-2","title":"Second"}]}}};';
    expect(readPhenomData(doc)?.searchJobs.map((job) => job.title)).toEqual(['Second']);
  });
});

describe('Phenom pages in the any-page mode', () => {
  it('are read only when the user opted in, and have no manifest matches', () => {
    const url = new URL(`${SITE}/us/en/search-results`);
    expect(adapterForUrl(url)).toBeNull();
    expect(adapterForUrl(url, { anyJobPostingPage: true })?.id).toBe('jsonld-any');
    expect(siteAdapters.map((adapter) => adapter.id)).not.toContain('phenom');
  });

  it('reads rendered cards, badged next to the title inside the job link', async () => {
    const page = load('phenom-search.html', `${SITE}/us/en/search-results?keywords=manager`);
    try {
      const cards = page.adapter.findCards(page.doc, page.url);
      expect(cards.map((card) => [card.jobId, card.title, card.location])).toEqual([
        ['LRH-24101', 'Director of Nursing Operations', 'Madison, Wisconsin, United States'],
        ['LRH-24102', 'Patient Access Supervisor', 'Middleton, Wisconsin, United States'],
        ['LRH-24103', 'Registered Nurse - Cardiac ICU', 'Madison, Wisconsin, United States'],
        ['LRH-24104', 'Health Information Management Coordinator', 'Verona, Wisconsin, United States'],
      ]);
      const [first, , , plain] = cards;
      // The teaser from the data, HTML decoded, braces and quotes kept.
      expect(first?.snippet).toBe('Lead nursing operations across three inpatient units {Med/Surg, Telemetry, ICU} and own the "shared governance" council.');
      expect(first?.element.matches('li[data-ph-at-id="jobs-list-item"]')).toBe(true);
      expect(first?.badgeAnchor.tagName).toBe('SPAN');
      expect(first?.badgeAnchor.closest('a')?.getAttribute('data-ph-at-id')).toBe('job-link');
      // No data attributes on this card: its title link is found by the job id in its path.
      expect(plain?.badgeAnchor.tagName).toBe('A');
      expect(plain?.badgeAnchor.parentElement?.tagName).toBe('H3');
      expect(plain?.element.tagName).toBe('LI');
      expect(page.adapter.findDetail(page.doc, page.url)).toBeNull();
      // An apply link carries the same data attributes; even ahead of the title link it is not the anchor.
      const item = first!.element;
      const apply = item.querySelector('[data-ph-at-id="apply-link"]')!;
      item.querySelector('.information')!.prepend(apply);
      expect(page.adapter.findCards(page.doc, page.url)[0]?.badgeAnchor).toBe(first?.badgeAnchor);
    } finally {
      await page.close();
    }
  });

  it('reports only the rendered cards when the list shows other jobs than the data (a later page)', async () => {
    const page = load('phenom-search.html', `${SITE}/us/en/search-results?from=10`);
    try {
      const list = page.doc.querySelector('[data-ph-at-id="jobs-list"]')!;
      const item = list.querySelector('li')!.cloneNode(true) as Element;
      const link = item.querySelector('a[data-ph-at-id="job-link"]')!;
      link.setAttribute('data-ph-at-job-id-text', 'LRH-24150');
      link.setAttribute('data-ph-at-job-title-text', 'Chief Quality Officer');
      link.querySelector('span')!.textContent = 'Chief Quality Officer';
      item.querySelector('[data-ph-at-id="apply-link"]')?.remove();
      item.querySelector('[data-ph-at-id="jobdescription-text"]')?.remove();
      list.replaceChildren(item);
      const cards = page.adapter.findCards(page.doc, page.url);
      expect(cards.map((card) => [card.jobId, card.title, card.snippet])).toEqual([['LRH-24150', 'Chief Quality Officer', undefined]]);
    } finally {
      await page.close();
    }
  });

  it('reads the job page from its data, the shown description and the heading', async () => {
    const page = load('phenom-job.html', `${SITE}/us/en/job/LRH-24101/Director-of-Nursing-Operations`);
    try {
      const detail = page.adapter.findDetail(page.doc, page.url);
      expect(detail).toMatchObject({
        jobId: 'LRH-24101',
        title: 'Director of Nursing Operations',
        company: 'Lakeside Regional Health',
        location: 'Madison, Wisconsin, United States',
      });
      expect(detail?.description).toContain('Hire, develop and evaluate six nurse managers');
      expect(detail?.descriptionElement?.classList.contains('jd-info')).toBe(true);
      expect(detail?.badgeAnchor.tagName).toBe('H1');
      // The similar jobs are cards; the apply link to the page's own job is not.
      expect(page.adapter.findCards(page.doc, page.url).map((card) => card.jobId)).toEqual(['LRH-24110', 'LRH-24111']);
      // Also where the site's apply link is not marked as one.
      page.doc.querySelector('[data-ph-at-id="apply-link"]')!.removeAttribute('data-ph-at-id');
      expect(page.adapter.findCards(page.doc, page.url).map((card) => card.jobId)).toEqual(['LRH-24110', 'LRH-24111']);
    } finally {
      await page.close();
    }
  });

  it('falls back to the JSON-LD, and to the full text when the shown description is cut short', async () => {
    const page = load('phenom-job.html', `${SITE}/us/en/job/LRH-24101/Director-of-Nursing-Operations`);
    try {
      page.doc.querySelector('.jd-info')!.replaceChildren('Lead nursing operations…');
      expect(page.adapter.findDetail(page.doc, page.url)?.description).toContain('Report quality and staffing results to the board');
      // Without the data script the JSON-LD still gives the posting (the page is then read as a generic one).
      for (const script of page.doc.querySelectorAll('script:not([type])')) script.remove();
      const fromLd = page.adapter.findDetail(page.doc, page.url);
      expect(fromLd).toMatchObject({ jobId: 'LRH-24101', title: 'Director of Nursing Operations', location: 'Madison, WI, US' });
    } finally {
      await page.close();
    }
  });

  it('reads nothing from broken data, without throwing', async () => {
    const page = load('phenom-malformed.html', `${SITE}/us/en/search-results`);
    try {
      expect(hasPhenomData(page.doc)).toBe(true);
      expect(page.adapter.findCards(page.doc, page.url)).toEqual([]);
      expect(page.adapter.findDetail(page.doc, page.url)).toBeNull();
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!existsSync(sharedPage))('the real trimmed Phenom search page (../shared)', () => {
  // pages.json has no entry (so no address) for this capture: any host does, the page is recognised by its data.
  const url = 'https://careers.phenom-tenant.example/global/en/search-results';

  it('lists its 2 postings from the data, with anchors outside the page', async () => {
    const page = loadPage(sharedPage, url);
    const before = page.doc.documentElement.outerHTML;
    try {
      const adapter = anyPageAdapter(url);
      const cards = adapter.findCards(page.doc, page.url);
      expect(cards.map((card) => [card.jobId, card.title])).toEqual([
        ['P-104461', 'Senior Project Manager(German Speaker)'],
        ['P-104504', 'Revenue Development Representative'],
      ]);
      expect(cards[0]?.location).toBe('Rotterdam, South Holland, Netherlands');
      expect(cards[0]?.snippet).toMatch(/^We are looking for a Senior Project Manager/);
      for (const card of cards) expect(card.badgeAnchor.isConnected).toBe(false);
      // The same reading on every scan (stable anchors), and no posting shown in full.
      expect(adapter.findCards(page.doc, page.url)[1]?.badgeAnchor).toBe(cards[1]?.badgeAnchor);
      expect(adapter.findDetail(page.doc, page.url)).toBeNull();
      expect(page.doc.documentElement.outerHTML === before, 'the page is unchanged').toBe(true);
    } finally {
      await page.close();
    }
  });

  it('sends both postings for classifying and places no badge anywhere', async () => {
    const page = loadPage(sharedPage, url);
    try {
      const recorder = recordingClassifier();
      const scanner = new PageScanner({
        doc: page.doc,
        adapter: anyPageAdapter(url),
        display: defaultSettings().display,
        classify: recorder.classify,
        onActivate: () => {},
      });
      await scanner.scan();
      expect(recorder.batches.flat().map((report) => [report.jobId, report.kind])).toEqual([
        ['P-104461', 'card'],
        ['P-104504', 'card'],
      ]);
      expect(page.doc.querySelectorAll('rolelens-badge')).toHaveLength(0);
      expect(scanner.elementFor('P-104461')).toBeNull();
      scanner.stop();
    } finally {
      await page.close();
    }
  });
});

if (!existsSync(sharedPage)) {
  console.warn(`[sites] skipping the real Phenom page test: ${sharedPage} not found (it lives outside the repo).`);
}
