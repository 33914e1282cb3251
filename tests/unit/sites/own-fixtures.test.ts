// Our own fixture pages (tests/fixtures, invented postings): every adapter covered in a plain clone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../src/sites/registry';
import { blockText } from '../../../src/sites/text';
import { loadPage } from './load-page';
import { expectPageMatches, type PageExpectation } from './page-expectations';

const fixturesDir = path.resolve(__dirname, '../../fixtures');
type FixtureEntry = PageExpectation & { anyJobPostingPage?: boolean };
const fixtures = (JSON.parse(readFileSync(path.join(fixturesDir, 'fixtures.json'), 'utf8')) as { pages: FixtureEntry[] }).pages;

const blockTextOf = (element: Element | null) => (element ? blockText(element) : '');

function load(file: string) {
  const entry = fixtures.find((page) => page.file === file);
  if (!entry) throw new Error(`${file} is not listed in tests/fixtures/fixtures.json`);
  const page = loadPage(path.join(fixturesDir, file), entry.url);
  const adapter = adapterForUrl(page.url, { anyJobPostingPage: entry.anyJobPostingPage });
  if (!adapter) throw new Error(`no adapter for ${entry.url}`);
  return { ...page, adapter, entry };
}

describe('own fixture pages (tests/fixtures/fixtures.json)', () => {
  it.each(fixtures.map((page) => [page.file, page] as const))('%s', async (file, page) => {
    const loaded = load(file);
    try {
      expectPageMatches(loaded.adapter, loaded.doc, loaded.url, page);
    } finally {
      await loaded.close();
    }
  });
});

describe('what the adapters read from our fixtures', () => {
  it('keeps one ZipRecruiter card per listing although each is rendered twice', async () => {
    const page = load('ziprecruiter-search-duplicates.html');
    try {
      expect(page.doc.querySelectorAll('article[id^="job-card-"]').length).toBe(6);
      const cards = page.adapter.findCards(page.doc, page.url);
      expect(cards.map((card) => card.title)).toEqual([
        'Medical Office Manager',
        'Director of Revenue Cycle',
        'Registered Nurse - Med/Surg',
      ]);
      // The pane's listing is found through the card with the same title (no lk in this URL).
      expect(page.adapter.findDetail(page.doc, page.url)?.jobId).toBe(cards[1]?.jobId);
    } finally {
      await page.close();
    }
  });

  it('badges the copy of a twice-rendered card that the browser shows', async () => {
    const page = load('ziprecruiter-search-duplicates.html');
    try {
      // The desktop copies show in a wide window, the mobile ones in a narrow one.
      let wideWindow = false;
      for (const article of page.doc.querySelectorAll('article[id^="job-card-"]')) {
        const desktop = article.closest('[data-layout="desktop"]') !== null;
        Object.defineProperty(article, 'checkVisibility', { value: () => desktop === wideWindow });
      }
      const narrow = page.adapter.findCards(page.doc, page.url);
      expect(narrow).toHaveLength(3);
      expect(narrow.every((card) => card.element.closest('[data-layout="mobile"]'))).toBe(true);
      wideWindow = true;
      const wide = page.adapter.findCards(page.doc, page.url);
      expect(wide).toHaveLength(3);
      expect(wide.every((card) => card.element.closest('[data-layout="desktop"]'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('reads card fields and puts the badge anchor on the title', async () => {
    const page = load('indeed-search-pane.html');
    try {
      const [first] = page.adapter.findCards(page.doc, page.url);
      expect(first).toMatchObject({
        jobId: 'a1b2c3d4e5f60718',
        title: 'Practice Manager',
        company: 'Didsbury Family Surgery',
        location: 'Manchester M20',
      });
      expect(first?.badgeAnchor.textContent).toContain('Practice Manager');
      const detail = page.adapter.findDetail(page.doc, page.url);
      // The hidden " - job post" suffix is not part of the title.
      expect(detail?.title).toBe('Practice Manager');
      expect(detail?.description).toContain('Own the practice budget');
    } finally {
      await page.close();
    }
  });

  it("fills Indeed cards from the page's embedded job list, falling back to the markup", async () => {
    const page = load('indeed-search-pane.html');
    try {
      const cards = page.adapter.findCards(page.doc, page.url);
      // From the embedded JSON: the snippet's HTML list decoded to lines (braces inside strings kept).
      expect(cards[0]?.snippet).toBe('Lead a surgery team of 25 and manage the practice budget.\nReport to the GP partners {monthly}.');
      expect(cards[1]?.snippet).toBe('Coordinate registration and scheduling for "walk-in" patients.');
      // Not in the embedded list: read from the card itself.
      expect(cards[2]).toMatchObject({ company: 'Northern Care Trust', snippet: undefined });
    } finally {
      await page.close();
    }
  });

  it('takes the shown job from the URL, not from the first card, in the classic LinkedIn layout', async () => {
    const page = load('linkedin-classic-search.html');
    try {
      const detail = page.adapter.findDetail(page.doc, page.url);
      expect(detail?.jobId).toBe('4100000012');
      expect(detail?.title).toBe('Director of Patient Access');
      // A shell list item without content (not scrolled into view yet) is not a card.
      expect(page.adapter.findCards(page.doc, page.url).map((card) => card.jobId)).not.toContain('4100000014');
    } finally {
      await page.close();
    }
  });

  it('follows the pane when it has switched in place ahead of the URL', async () => {
    // The 2026 layout: the URL still names the first job while the pane already shows the second.
    const page = load('linkedin-search-results-2026.html');
    try {
      const lagging = new URL(page.url);
      lagging.searchParams.set('currentJobId', '4100000021');
      expect(page.adapter.findDetail(page.doc, lagging)?.jobId).toBe('4100000022');
      // Indeed: the highlighted card (no vjk in the URL) gives the pane's id.
      const indeed = load('indeed-search-pane.html');
      try {
        const noVjk = new URL(indeed.url);
        noVjk.searchParams.delete('vjk');
        expect(indeed.adapter.findDetail(indeed.doc, noVjk)?.jobId).toBe('a1b2c3d4e5f60718');
      } finally {
        await indeed.close();
      }
    } finally {
      await page.close();
    }
  });

  it('reads new Greenhouse boards without their "New" tag', async () => {
    const page = load('greenhouse-board-new.html');
    try {
      expect(page.adapter.findCards(page.doc, page.url).map((card) => [card.jobId, card.title, card.location])).toEqual([
        ['7100000004', 'Director of Clinic Operations', 'Seattle, WA'],
        ['7100000005', 'Medical Office Manager', 'Bellevue, WA'],
        ['7100000006', 'Registered Nurse, Urgent Care', 'Tacoma, WA'],
      ]);
    } finally {
      await page.close();
    }
  });

  it('strips screen-reader extras from LinkedIn 2026 card titles', async () => {
    const page = load('linkedin-search-results-2026.html');
    try {
      expect(page.adapter.findCards(page.doc, page.url)[0]?.title).toBe('Patient Access Coordinator');
    } finally {
      await page.close();
    }
  });

  it('decodes an HTML-encoded JSON-LD description to plain text, markup and all', async () => {
    const page = load('generic-jsonld-graph.html');
    try {
      const detail = page.adapter.findDetail(page.doc, page.url);
      expect(detail?.description).toBe(
        'About the role\nLead patient financial services & health information management.\nDirect four managers\nOwn the revenue-cycle budget',
      );
      expect(detail?.badgeAnchor.tagName).toBe('H1');
    } finally {
      await page.close();
    }
  });

  it('prefers JSON-LD for the data, and the shown description unless it is cut short', async () => {
    const page = load('indeed-viewjob.html');
    try {
      const full = page.adapter.findDetail(page.doc, page.url);
      // Location from JSON-LD (with the country), description as the page shows it.
      expect(full?.location).toBe('Toronto, ON, CA');
      expect(full?.description).toBe(blockTextOf(page.doc.querySelector('#jobDescriptionText')));
      // Collapse the shown description to a teaser: the JSON-LD text is the complete one.
      const shown = page.doc.querySelector('#jobDescriptionText')!;
      shown.querySelector('ul')?.remove();
      shown.querySelector('p')!.textContent = 'Lakeshore Health Network seeks a…';
      const cut = page.adapter.findDetail(page.doc, page.url);
      expect(cut?.description).toContain('Report to the CFO on days in A/R');
      expect(cut?.descriptionElement).toBe(shown);
    } finally {
      await page.close();
    }
  });

  it('reads the generic JSON-LD page only when the option is on', () => {
    const url = new URL(fixtures.find((page) => page.file === 'generic-jsonld-array.html')!.url);
    expect(adapterForUrl(url)).toBeNull();
    expect(adapterForUrl(url, { anyJobPostingPage: true })?.id).toBe('jsonld-any');
  });
});
