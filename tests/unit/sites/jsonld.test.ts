// The JSON-LD reader and the text helpers: a table of shapes real sites ship.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJobPostings } from '../../../src/sites/jsonld';
import { blockText, cleanText, htmlToText } from '../../../src/sites/text';

function docWithJsonLd(...blocks: string[]): Document {
  const doc = document.implementation.createHTMLDocument('t');
  for (const block of blocks) {
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = block;
    doc.head.append(script);
  }
  return doc;
}

const posting = (extra: object = {}) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Medical Office Manager', ...extra });

describe('readJobPostings', () => {
  it.each([
    ['a single object', posting()],
    ['a top-level array', `[{"@type":"Organization","name":"X"},${posting()}]`],
    ['an @graph', `{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},${posting()}]}`],
    ['an @type array', posting({ '@type': ['JobPosting', 'Thing'] })],
  ])('finds the posting in %s', (_shape, json) => {
    expect(readJobPostings(docWithJsonLd(json)).map((job) => job.title)).toEqual(['Medical Office Manager']);
  });

  it('skips broken JSON and non-postings without failing', () => {
    const doc = docWithJsonLd('{not json', '{"@type":"ItemList","itemListElement":[]}', posting());
    expect(readJobPostings(doc)).toHaveLength(1);
  });

  it('reads organisation, places, identifier value and a remote job', () => {
    const [job] = readJobPostings(
      docWithJsonLd(
        posting({
          hiringOrganization: { '@type': 'Organization', name: 'Northside Family Practice' },
          identifier: { '@type': 'PropertyValue', name: 'Northside Family Practice', value: 'NFP-77' },
          jobLocation: [
            { '@type': 'Place', address: { addressLocality: 'Akron', addressRegion: 'OH' } },
            { '@type': 'Place', address: { addressLocality: 'Canton', addressRegion: 'OH' } },
          ],
        }),
        posting({ title: 'Director of Revenue Cycle', jobLocationType: 'TELECOMMUTE' }),
      ),
    );
    expect(job).toMatchObject({ company: 'Northside Family Practice', identifier: 'NFP-77', location: 'Akron, OH; Canton, OH' });
    expect(readJobPostings(docWithJsonLd(posting({ jobLocationType: 'TELECOMMUTE' })))[0]?.location).toBe('Remote');
  });
});

describe('htmlToText', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['raw HTML', '<p>Lead the team</p><ul><li>Budget</li><li>Staff</li></ul>', 'Lead the team\nBudget\nStaff'],
    ['HTML-encoded HTML', '&lt;p&gt;Lead &amp;amp; grow&lt;/p&gt;&lt;br&gt;Report to the CEO', 'Lead & grow\nReport to the CEO'],
    ['plain text', 'Plain  text,\n  no markup', 'Plain text,\nno markup'],
    ['entities only', 'Revenue &amp; cycle', 'Revenue & cycle'],
  ])('turns %s into plain text', (_kind, html, text) => {
    expect(htmlToText(html, document)).toBe(text);
  });

  it('never puts the markup into the live page, so nothing in it runs', () => {
    const before = document.body.innerHTML;
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const text = htmlToText('&lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt;Safe', document);
    expect(text).toBe('Safe');
    expect(document.body.innerHTML).toBe(before);
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('text helpers', () => {
  it('cleanText collapses whitespace and non-breaking spaces', () => {
    expect(cleanText('  Chief\u00a0Operating \n Officer ')).toBe('Chief Operating Officer');
    expect(cleanText(null)).toBe('');
  });

  it('blockText keeps block boundaries and drops scripts and buttons', () => {
    const doc = new DOMParser().parseFromString(
      '<div><h2>About</h2><p>Lead <b>five</b> managers</p><script>x()</script><button>Apply</button><li>Budget</li></div>',
      'text/html',
    );
    expect(blockText(doc.body)).toBe('About\nLead five managers\nBudget');
  });
});

describe('parsing JSON-LD once per script and text (the page observer re-reads the page on every change)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses a script and decodes its description once, and again only when its text changes', () => {
    const description = '<p>Leads the <b>strategy</b> of the system.</p><p>Owns the budget.</p>';
    const doc = docWithJsonLd(posting({ description }));
    const parse = vi.spyOn(JSON, 'parse');
    const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
    const decode = vi.spyOn(Parser.prototype, 'parseFromString');
    const first = readJobPostings(doc);
    for (let i = 0; i < 5; i++) expect(readJobPostings(doc)).toEqual(first);
    expect(first[0]?.description).toBe('Leads the strategy of the system.\nOwns the budget.');
    expect(parse).toHaveBeenCalledTimes(1);
    expect(decode).toHaveBeenCalledTimes(1);

    // A callers' change to what it got does not reach the next reader.
    first[0]!.title = 'changed';
    expect(readJobPostings(doc)[0]?.title).toBe('Medical Office Manager');

    // The site rewrites the script (an SPA moving to another job): read afresh.
    doc.querySelector('script')!.textContent = posting({ title: 'Practice Administrator', description: '<p>Keeps the schedules.</p>' });
    expect(readJobPostings(doc).map((job) => [job.title, job.description])).toEqual([['Practice Administrator', 'Keeps the schedules.']]);
    expect(parse).toHaveBeenCalledTimes(2);
  });
});

describe('reading a big description in steps', () => {
  it('gives the same text as reading it at once, in several steps', async () => {
    const { blockTextInSteps } = await import('../../../src/sites/text');
    const root = document.createElement('div');
    for (let i = 0; i < 3000; i++) {
      const li = document.createElement('li');
      li.append(`Duty ${i}: keep `, Object.assign(document.createElement('b'), { textContent: 'records' }), ' current.');
      root.append(li);
    }
    const steps = blockTextInSteps(root);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    expect(count).toBeGreaterThan(2);
    expect(next.value).toBe(blockText(root));
    expect(next.value.split('\n')).toHaveLength(3000);
    expect(next.value.split('\n')[1]).toBe('Duty 1: keep records current.');
  });
});
